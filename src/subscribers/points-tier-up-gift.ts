import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MembershipEvents } from "../events"
import { grantPointsBonusWorkflow } from "../workflows/member-points"
import { loadTierRanks } from "../workflows/member-points/seams/tier-benefits"

type TierChanged = {
  customer_id: string
  from_tier_id: string | null
  to_tier_id: string | null
}

/**
 * A gift when a member moves up the ladder (the new tier ranks above the old),
 * once per tier reached. Joining the base tier is not a move up: the sign-up
 * bonus is the gift for that.
 */
export default async function pointsTierUpGift({
  event: { data },
  container,
}: SubscriberArgs<TierChanged>) {
  if (!data.to_tier_id) return
  const tiers = await loadTierRanks(
    container,
    [data.from_tier_id, data.to_tier_id].filter((id): id is string => !!id)
  )
  const rank = (id: string | null) =>
    id ? Number(tiers.get(id)?.rank ?? -Infinity) : -Infinity
  if (!tiers.has(data.to_tier_id)) return
  if (rank(data.to_tier_id) <= Math.max(rank(data.from_tier_id), 0)) return
  await grantPointsBonusWorkflow(container).run({
    input: {
      customer_id: data.customer_id,
      kind: "tier_up",
      reference_id: data.to_tier_id,
    },
  })
}

export const config: SubscriberConfig = {
  event: MembershipEvents.TIER_CHANGED,
  context: { subscriberId: "membership-points-tier-up-gift" },
}
