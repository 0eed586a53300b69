import ADMIN from "../../../demo/admin.json"

export { ADMIN }

const BACKFILL_TIMEOUT_MS = 120_000

/** An admin bearer token for the seeded admin user. */
export const adminToken = async (url: string) => {
  const response = await fetch(`${url}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  if (!response.ok) {
    throw new Error(
      `Admin login failed: ${response.status} ${await response.text()}`
    )
  }
  const { token } = (await response.json()) as { token: string }
  return token
}

/** GET or POST an admin route as the seeded admin; throws on any non-2xx. */
export const adminFetch = async <T>(
  url: string,
  token: string,
  route: string,
  init: { method?: string; body?: unknown } = {}
): Promise<T> => {
  const response = await fetch(`${url}${route}`, {
    method: init.method ?? "GET",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  if (!response.ok) {
    throw new Error(
      `${init.method ?? "GET"} ${route}: ${response.status} ${await response.text()}`
    )
  }
  return (await response.json()) as T
}

type Backfill = { backfill: { status: string; error: string | null } | null }

/** Imports the seeded history into member data, as the demo does, through the admin API. */
export const runBackfill = async (url: string, token: string) => {
  await adminFetch(url, token, "/admin/members/backfill", {
    method: "POST",
    body: {},
  })
  const deadline = Date.now() + BACKFILL_TIMEOUT_MS
  while (Date.now() < deadline) {
    const { backfill } = await adminFetch<Backfill>(
      url,
      token,
      "/admin/members/backfill"
    )
    if (backfill?.status === "completed") {
      return
    }
    if (backfill?.status === "failed") {
      throw new Error(`The member backfill failed: ${backfill.error}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error("The member backfill did not complete in time")
}
