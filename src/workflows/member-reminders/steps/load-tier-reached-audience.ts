import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AudienceRow } from "../../../modules/member-segment/types"
import { loadTiers } from "../seams/tiers"

/** The payload of member.tier_changed (emitted by the tier evaluation). */
export type TierChanged = {
  customer_id: string
  from_tier_id: string | null
  to_tier_id: string | null
  reason?: string | null
}

export const loadTierReachedAudienceStepId = "load-member-tier-reached-audience"

/**
 * The member, if the change is a step up the ladder to a tier above the base
 * one (joining the base tier is no news). Once per member and tier reached.
 */
export const loadTierReachedAudienceStep = createStep(
  loadTierReachedAudienceStepId,
  async (change: TierChanged, { container }) => {
    if (!change.to_tier_id) return new StepResponse([] as AudienceRow[])
    const tiers = await loadTiers(container)
    const rank = new Map(tiers.map((t) => [t.id, t.rank]))
    const to = tiers.find((t) => t.id === change.to_tier_id)
    const fromRank = change.from_tier_id
      ? (rank.get(change.from_tier_id) ?? 0)
      : 0
    if (!to || to.rank <= fromRank) return new StepResponse([] as AudienceRow[])
    return new StepResponse<AudienceRow[]>([
      {
        customer_id: change.customer_id,
        reference: `tier:${change.to_tier_id}:${change.from_tier_id ?? "none"}`,
        data: {
          tier: { id: change.to_tier_id, name: to?.name ?? change.to_tier_id },
        },
      },
    ])
  }
)
