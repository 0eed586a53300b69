import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AudienceRow } from "../../../modules/member-segment/types"
import { loadTiers } from "../seams/tiers"

/** One move of member.tiers_changed (emitted by the tier evaluation). */
export type TierChanged = {
  customer_id: string
  from_tier_id: string | null
  to_tier_id: string | null
  reason?: string | null
}

export const loadTierReachedAudienceStepId = "load-member-tier-reached-audience"

/**
 * The members whose change is a step up the ladder to a tier above the base
 * one (joining the base tier is no news). Once per member and tier reached.
 */
export const loadTierReachedAudienceStep = createStep(
  loadTierReachedAudienceStepId,
  async (changes: TierChanged[], { container }) => {
    const ups = changes.filter((change) => change.to_tier_id)
    if (!ups.length) return new StepResponse([] as AudienceRow[])
    const tiers = await loadTiers(container)
    const byId = new Map(tiers.map((t) => [t.id, t]))
    return new StepResponse<AudienceRow[]>(
      ups.flatMap((change) => {
        const to = byId.get(change.to_tier_id!)
        const fromRank = change.from_tier_id
          ? (byId.get(change.from_tier_id)?.rank ?? 0)
          : 0
        if (!to || to.rank <= fromRank) return []
        return [
          {
            customer_id: change.customer_id,
            reference: `tier:${change.to_tier_id}:${change.from_tier_id ?? "none"}`,
            data: { tier: { id: to.id, name: to.name } },
          },
        ]
      })
    )
  }
)
