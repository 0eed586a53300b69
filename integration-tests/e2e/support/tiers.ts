import { storeApi, waitFor } from "./reminders"

export type ApiTier = {
  id: string
  name: string
  handle: string
  rank: number
  basis: string
  threshold: number
  window: string
  window_days: number | null
  grace_days: number
  points_multiplier: number
  cashback_rate: number
  free_shipping: boolean
  free_shipping_min_subtotal: number | null
  birthday_bonus_points: number | null
  description: string | null
  member_count: number
  revenue_share: number
}

export type ApiMemberTier = {
  tier: { id: string; name: string } | null
  progress: {
    next_tier: { id: string; name: string } | null
    remaining_to_next: number | null
  } | null
  pinned: boolean
  history: { reason: string }[]
}

const BODY_FIELDS = [
  "name",
  "handle",
  "rank",
  "basis",
  "threshold",
  "window",
  "window_days",
  "grace_days",
  "points_multiplier",
  "cashback_rate",
  "free_shipping",
  "free_shipping_min_subtotal",
  "birthday_bonus_points",
  "description",
] as const

export const listTiers = async () =>
  (await storeApi<{ tiers: ApiTier[] }>("/admin/tiers")).tiers

/** A stored tier as the preview and save routes take it. */
export const tierBody = (tier: ApiTier) =>
  Object.fromEntries(BODY_FIELDS.map((key) => [key, tier[key]]))

export const previewLadder = (tiers: Record<string, unknown>[]) =>
  storeApi<{
    tiers: { handle: string; member_count: number; revenue_share: number }[]
    moves: { up: number; down: number; unchanged: number }
  }>("/admin/tiers/preview", { method: "POST", body: { tiers } })

export const tierPrices = async (tierId: string) =>
  (
    await storeApi<{
      prices: { variant_id: string; currency_code: string; amount: number }[]
    }>(`/admin/tiers/${tierId}/prices`)
  ).prices

export const memberTier = async (customerId: string) =>
  (
    await storeApi<{ member_tier: ApiMemberTier }>(
      `/admin/members/${customerId}/tier`
    )
  ).member_tier

/**
 * Waits until the ladder's re-evaluation has placed every member (a ladder
 * change re-evaluates everyone in the background) and returns the ladder.
 */
export const waitForPlacedMembers = async () => {
  const { count } = await storeApi<{ count: number }>("/admin/members?limit=1")
  return waitFor(
    listTiers,
    (tiers) =>
      tiers.length > 0 &&
      tiers.reduce((sum, t) => sum + t.member_count, 0) === count,
    60_000
  )
}
