import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MembershipEvents } from "../events"
import { grantPointsBonusWorkflow } from "../workflows/member-points"
import { loadTierRanks } from "../workflows/member-points/seams/tier-benefits"

type TierMove = {
  customer_id: string
  from_tier_id: string | null
  to_tier_id: string | null
}

/**
 * A gift when a member moves up the ladder (the new tier ranks above the old),
 * once per tier reached; a batch of moves is granted in one run. Joining the
 * base tier is not a move up: the sign-up bonus is the gift for that.
 */
export default async function pointsTierUpGift({
  event: { data },
  container,
}: SubscriberArgs<{ moves?: TierMove[] }>) {
  const moves = data.moves ?? []
  if (!moves.length) return
  const tiers = await loadTierRanks(
    container,
    moves.flatMap((m) =>
      [m.from_tier_id, m.to_tier_id].filter((id): id is string => !!id)
    )
  )
  const rank = (id: string | null) =>
    id ? Number(tiers.get(id)?.rank ?? -Infinity) : -Infinity
  const grants = moves.flatMap((move) =>
    move.to_tier_id &&
    tiers.has(move.to_tier_id) &&
    rank(move.to_tier_id) > Math.max(rank(move.from_tier_id), 0)
      ? [
          {
            customer_id: move.customer_id,
            kind: "tier_up" as const,
            reference_id: move.to_tier_id,
          },
        ]
      : []
  )
  if (!grants.length) return
  await grantPointsBonusWorkflow(container).run({ input: { grants } })
}

export const config: SubscriberConfig = {
  event: MembershipEvents.TIERS_CHANGED,
  context: { subscriberId: "membership-points-tier-up-gift" },
}
