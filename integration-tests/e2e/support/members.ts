import { adminFetch, adminToken } from "./admin-api"
import { readStoreState } from "./store"

export type ApiMember = {
  customer_id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  tags: string[]
  birthday: string | null
  metrics: { order_count: number; total_spent: number }
}

/** The member list as the admin API answers it: what the page must show. */
export const listMembers = async (query: Record<string, string> = {}) => {
  const { url } = readStoreState()
  const token = await adminToken(url)
  const search = new URLSearchParams(query).toString()
  const { members } = await adminFetch<{ members: ApiMember[] }>(
    url,
    token,
    `/admin/members${search ? `?${search}` : ""}`
  )
  return members
}

export const getMember = async (customerId: string) => {
  const { url } = readStoreState()
  const { member } = await adminFetch<{ member: ApiMember }>(
    url,
    await adminToken(url),
    `/admin/members/${customerId}`
  )
  return member
}

/** The email in a member row's first cell ("Name\nemail"). */
export const rowEmail = (cells: string[]) =>
  cells[0]?.match(/\S+@\S+/)?.[0] ?? null
