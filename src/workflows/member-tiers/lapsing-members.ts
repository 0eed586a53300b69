import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBER_SEGMENT_MODULE, MEMBER_TIER_MODULE } from "../../module-keys"
import type MemberSegmentModuleService from "../../modules/member-segment/service"
import type MemberTierModuleService from "../../modules/member-tier/service"
import { measureKey } from "../../modules/member-tier/utils"
import { membershipCurrency } from "../member-data/membership-currency"
import { ladderMeasures, rankedLadder } from "./measures"

const DAY = 86_400_000

export type LapsingMember = {
  customer_id: string
  tier_id: string
  expires_at: string
  amount_needed: number | null
  currency_code: string | null
}

/**
 * Members in their tier's grace: they no longer qualify for the tier they
 * hold and the daily job will move them down at `expires_at` (last qualified
 * + grace days), which falls after `now` and by `before`. With what they
 * still need to spend (or order) to keep the tier. Pinned members never lapse.
 */
export async function listLapsingMembers(
  container: MedusaContainer,
  now: Date,
  before: Date
): Promise<LapsingMember[]> {
  const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const ladder = rankedLadder(await tiers.listTiers({}, { take: null })).filter(
    (tier) =>
      tier.rank > 0 &&
      tier.window !== "lifetime" &&
      tier.basis !== "points_earned"
  )
  if (!ladder.length) return []
  const currency = await membershipCurrency(container)
  const result: LapsingMember[] = []
  for (const tier of ladder) {
    const holders = await tiers.listMemberships(
      { tier_id: tier.id, tier_pinned: false },
      { select: ["customer_id", "tier_qualified_at"], take: null }
    )
    if (!holders.length) continue
    const values = await segments.tierMeasureValues({
      customer_ids: holders.map((h) => h.customer_id),
      measures: ladderMeasures([tier]),
      currency_code: currency,
      now,
    })
    for (const holder of holders) {
      const value = values[holder.customer_id]?.[measureKey(tier)] ?? 0
      if (value >= tier.threshold || !holder.tier_qualified_at) continue
      const expires = new Date(
        new Date(holder.tier_qualified_at).getTime() + tier.grace_days * DAY
      )
      if (expires <= now || expires > before) continue
      result.push({
        customer_id: holder.customer_id,
        tier_id: tier.id,
        expires_at: expires.toISOString(),
        amount_needed: Math.round((tier.threshold - value) * 100) / 100,
        currency_code: tier.basis === "spend" ? currency : null,
      })
    }
  }
  return result
}
