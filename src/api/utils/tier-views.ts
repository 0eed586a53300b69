import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBER_SEGMENT_MODULE, MEMBER_TIER_MODULE } from "../../module-keys"
import type MemberSegmentModuleService from "../../modules/member-segment/service"
import type MemberTierModuleService from "../../modules/member-tier/service"
import type { TierDTO } from "../../modules/member-tier/types"
import { tierReevaluationResponse } from "./tier-reevaluation-response"

const ADMIN_FIELDS = [
  "id",
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
  "customer_group_id",
  "price_list_id",
  "promotion_id",
  "created_at",
  "updated_at",
] as const

/** A tier as the admin API answers it (money as numbers). */
export const adminTier = (tier: TierDTO) => ({
  ...(Object.fromEntries(ADMIN_FIELDS.map((key) => [key, tier[key]])) as Pick<
    TierDTO,
    (typeof ADMIN_FIELDS)[number]
  >),
  threshold: Number(tier.threshold),
  free_shipping_min_subtotal:
    tier.free_shipping_min_subtotal == null
      ? null
      : Number(tier.free_shipping_min_subtotal),
})

/** A tier as storefronts see it: the ladder and its benefits, nothing internal. */
export const storeTier = (tier: TierDTO) => ({
  id: tier.id,
  name: tier.name,
  handle: tier.handle,
  rank: tier.rank,
  basis: tier.basis,
  threshold: Number(tier.threshold),
  window: tier.window,
  window_days: tier.window_days,
  description: tier.description,
  benefits: {
    points_multiplier: tier.points_multiplier,
    cashback_rate: tier.cashback_rate,
    free_shipping: tier.free_shipping,
    free_shipping_min_subtotal:
      tier.free_shipping_min_subtotal == null
        ? null
        : Number(tier.free_shipping_min_subtotal),
    birthday_bonus_points: tier.birthday_bonus_points,
  },
})

export async function listLadder(container: MedusaContainer) {
  const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
  return (await tiers.listTiers({}, { take: null })).sort(
    (a, b) => a.rank - b.rank
  )
}

/** The ladder with each tier's member count and share of members' revenue. */
export async function ladderWithStandings(container: MedusaContainer) {
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const [ladder, standings] = await Promise.all([
    listLadder(container),
    segments.tierStandings(),
  ])
  const total = standings.reduce((sum, row) => sum + row.revenue, 0)
  const byTier = new Map(standings.map((row) => [row.tier_id, row]))
  return ladder.map((tier) => {
    const row = byTier.get(tier.id)
    return {
      ...adminTier(tier),
      member_count: row?.members ?? 0,
      revenue: row?.revenue ?? 0,
      revenue_share: total > 0 ? (row?.revenue ?? 0) / total : 0,
    }
  })
}

/** The active re-evaluation of every member, else the last one; null before the first. */
export async function latestTierReevaluation(container: MedusaContainer) {
  const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
  const [latest] = await tiers.listTierReevaluations(
    {},
    { order: { created_at: "DESC" }, take: 1 }
  )
  return latest ? tierReevaluationResponse(latest) : null
}
