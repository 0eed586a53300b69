import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBER_SEGMENT_MODULE, MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"

/**
 * Seam to the tier ladder (built on the tiers branch). Points read tier benefits
 * only through here: the member's current tier from the metrics row, then
 * `listTiers` of the member-tier module once a Tier model is in it. Without
 * one, every member earns at multiplier 1 with no cash-back.
 */
export type TierBenefits = {
  tier_id: string | null
  rank: number | null
  points_multiplier: number
  cashback_rate: number
  /** null: the program's birthday bonus */
  birthday_bonus_points: number | null
}

type TierService = {
  listTiers?: (filters?: object) => Promise<Record<string, unknown>[]>
}

const NO_TIER: Omit<TierBenefits, "tier_id" | "rank"> = {
  points_multiplier: 1,
  cashback_rate: 0,
  birthday_bonus_points: null,
}

export async function loadTierRanks(
  container: MedusaContainer,
  tierIds: string[]
): Promise<Map<string, Record<string, unknown>>> {
  const tiers = container.resolve(MEMBER_TIER_MODULE) as TierService
  const ids = [...new Set(tierIds.filter(Boolean))]
  if (!ids.length || typeof tiers.listTiers !== "function") return new Map()
  const rows = await tiers.listTiers({ id: ids })
  return new Map(rows.map((row) => [String(row.id), row]))
}

export async function loadTierBenefits(
  container: MedusaContainer,
  customerIds: string[]
): Promise<Map<string, TierBenefits>> {
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const metrics = customerIds.length
    ? await segments.listCustomerMetrics(
        { customer_id: customerIds },
        { select: ["customer_id", "tier_id"] }
      )
    : []
  const tierOf = new Map(metrics.map((m) => [m.customer_id, m.tier_id]))
  const tiers = await loadTierRanks(
    container,
    metrics.map((m) => m.tier_id).filter((id): id is string => !!id)
  )
  const result = new Map<string, TierBenefits>()
  for (const customerId of customerIds) {
    const tierId = tierOf.get(customerId) ?? null
    const tier = tierId ? tiers.get(tierId) : undefined
    result.set(
      customerId,
      tier
        ? {
            tier_id: tierId,
            rank: Number(tier.rank ?? 0),
            points_multiplier: Number(tier.points_multiplier ?? 1),
            cashback_rate: Number(tier.cashback_rate ?? 0),
            birthday_bonus_points:
              tier.birthday_bonus_points == null
                ? null
                : Number(tier.birthday_bonus_points),
          }
        : { tier_id: tierId, rank: null, ...NO_TIER }
    )
  }
  return result
}
