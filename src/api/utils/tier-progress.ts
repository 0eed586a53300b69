import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBER_SEGMENT_MODULE } from "../../module-keys"
import type MemberSegmentModuleService from "../../modules/member-segment/service"
import type { MembershipDTO, TierDTO } from "../../modules/member-tier/types"
import { measureKey } from "../../modules/member-tier/utils"
import { membershipCurrency } from "../../workflows/member-data/membership-currency"
import {
  ladderMeasures,
  rankedLadder,
  windowStart,
} from "../../workflows/member-tiers/measures"
import { loadEarnedPoints } from "../../workflows/member-tiers/seams/points"
import { listLadder, storeTier } from "./tier-views"

const DAY = 86_400_000

type Membership = Pick<
  MembershipDTO,
  "customer_id" | "tier_id" | "tier_since" | "tier_qualified_at"
>

/**
 * When a qualifying member of a rolling tier stops qualifying if they buy
 * nothing more: the order that completes their threshold ages out of the window.
 */
function rollingLapse(
  orders: { placed_at: Date; net: number }[],
  tier: TierDTO
) {
  let sum = 0
  for (const order of orders) {
    sum += tier.basis === "orders" ? 1 : order.net
    if (sum >= Number(tier.threshold)) {
      return new Date(order.placed_at.getTime() + (tier.window_days ?? 0) * DAY)
    }
  }
  return null
}

/** A member's tier and their progress: to the next tier, and to keep the one they hold. */
export async function memberTierProgress(
  container: MedusaContainer,
  membership: Membership
) {
  const ladder = await listLadder(container)
  const current = ladder.find((t) => t.id === membership.tier_id) ?? null
  if (!ladder.length) return { tier: null, progress: null }
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const currency = await membershipCurrency(container)
  const now = new Date()
  const measures = ladderMeasures(rankedLadder(ladder))
  const values =
    (
      await segments.tierMeasureValues({
        customer_ids: [membership.customer_id],
        measures,
        currency_code: currency,
        now,
      })
    )[membership.customer_id] ?? {}
  for (const measure of measures.filter((m) => m.basis === "points_earned")) {
    const earned = await loadEarnedPoints(
      container,
      [membership.customer_id],
      windowStart(measure, now)
    )
    values[measure.key] = earned[membership.customer_id] ?? 0
  }
  const rank = current?.rank ?? -1
  const next = ladder.find((t) => t.rank > rank) ?? null
  const valueFor = (tier: TierDTO) => values[measureKey(tier)] ?? 0
  let retainBy: Date | null = null
  let remainingToRetain: number | null = null
  if (current && current.rank > 0 && current.window !== "lifetime") {
    const value = valueFor(current)
    const threshold = Number(current.threshold)
    const grace = current.grace_days * DAY
    remainingToRetain = Math.max(0, threshold - value)
    if (value < threshold) {
      const since = membership.tier_qualified_at
        ? new Date(membership.tier_qualified_at)
        : now
      retainBy = new Date(since.getTime() + grace)
    } else if (current.window === "calendar_year") {
      retainBy = new Date(Date.UTC(now.getUTCFullYear() + 1, 0, 1) + grace)
    } else if (current.basis !== "points_earned" && current.window_days) {
      const orders = await segments.listWindowOrders(
        membership.customer_id,
        current.window_days,
        currency,
        now
      )
      const lapse = rollingLapse(orders, current)
      retainBy = lapse ? new Date(lapse.getTime() + grace) : null
    }
  }
  return {
    tier: current ? storeTier(current) : null,
    progress: {
      basis: (next ?? current)?.basis ?? null,
      current_value: next ? valueFor(next) : current ? valueFor(current) : 0,
      currency_code: currency,
      next_tier: next
        ? { id: next.id, name: next.name, threshold: Number(next.threshold) }
        : null,
      remaining_to_next: next
        ? Math.max(0, Number(next.threshold) - valueFor(next))
        : null,
      retain_by: retainBy,
      remaining_to_retain: remainingToRetain,
      tier_since: membership.tier_since,
    },
  }
}
