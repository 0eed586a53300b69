import { adminFetch, adminToken } from "./admin-api"
import { readStoreState } from "./store"

export type ApiReminder = {
  key: string
  enabled: boolean
  category: "marketing" | "transactional"
  params: Record<string, unknown>
  channels: string[]
  counts_7d: { sent: number; suppressed: number; failed: number }
}

export type ApiMessage = {
  id: string
  customer_id: string | null
  source_id: string
  status: "queued" | "sent" | "suppressed" | "failed"
  reason: string | null
  channel: string
  subject: string | null
  created_at: string
  rendered?: { text: string | null; html: string | null }
}

export type ApiMessageList = { messages: ApiMessage[]; count: number }

export type ApiPreview = Record<
  "en" | "zh-CN",
  { subject: string; html: string; text: string }
>

/** An admin route as the seeded admin, on the e2e store. */
export const storeApi = async <T>(
  route: string,
  init: { method?: string; body?: unknown } = {}
) => {
  const { url } = readStoreState()
  return adminFetch<T>(url, await adminToken(url), route, init)
}

export const listReminders = async () =>
  (await storeApi<{ reminders: ApiReminder[] }>("/admin/reminders")).reminders

export const getReminder = async (key: string) =>
  (await listReminders()).find((r) => r.key === key)!

export const listMessages = (query: Record<string, string> = {}) => {
  const search = new URLSearchParams(query).toString()
  return storeApi<ApiMessageList>(
    `/admin/member-messages${search ? `?${search}` : ""}`
  )
}

export const getMessage = async (id: string) =>
  (await storeApi<{ message: ApiMessage }>(`/admin/member-messages/${id}`))
    .message

export const previewReminder = async (key: string, templates = {}) =>
  (
    await storeApi<{ preview: ApiPreview }>(`/admin/reminders/${key}/preview`, {
      method: "POST",
      body: { templates },
    })
  ).preview

/** Polls `read` until `accept` holds on what it returns; returns the last value. */
export const waitFor = async <T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 15_000
) => {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    value = await read()
  }
  return value
}

/**
 * The seeded store's reminder messages: the member backfill's completion runs
 * the scans, the server's dispatcher sends within a minute. Waits until some
 * were queued and none is still waiting to be claimed by the dispatcher
 * (postponed ones, at night, stay queued with reason quiet_hours).
 */
export const waitForSeededMessages = () =>
  waitFor(
    async () => ({
      all: await listMessages({ limit: "1" }),
      queued: await listMessages({ status: "queued", limit: "100" }),
    }),
    ({ all, queued }) =>
      all.count > 0 && queued.messages.every((m) => m.reason === "quiet_hours"),
    150_000
  )
