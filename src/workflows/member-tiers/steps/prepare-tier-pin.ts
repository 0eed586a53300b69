import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberTierModuleService from "../../../modules/member-tier/service"
import type { TierWrite } from "../../../modules/member-tier/types"
import { rankedLadder } from "../measures"

export type PrepareTierPinStepInput = {
  customer_id: string
  /** The tier to set (default: the member's current tier). */
  tier_id?: string | null
  pinned: boolean
  actor?: string | null
}

export const prepareTierPinStepId = "prepare-member-tier-pin"

/** Checks the member and the tier, and turns an admin's pin or move into a tier write. */
export const prepareTierPinStep = createStep(
  prepareTierPinStepId,
  async (input: PrepareTierPinStepInput, { container }) => {
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    const [membership] = await tiers.listMemberships({
      customer_id: input.customer_id,
    })
    if (!membership) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Member ${input.customer_id} was not found`
      )
    }
    const ladder = rankedLadder(await tiers.listTiers({}, { take: null }))
    const tierId = input.tier_id ?? membership.tier_id ?? ladder[0]?.id
    if (!tierId || !ladder.some((t) => t.id === tierId)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `tier_id: ${input.tier_id ?? "(none)"} is not a tier of the ladder`
      )
    }
    const write: TierWrite = {
      customer_id: input.customer_id,
      tier_id: tierId,
      reason: input.pinned ? "pinned" : "admin",
      qualifies: true,
      pinned: input.pinned,
      actor: input.actor ?? null,
    }
    return new StepResponse({ writes: [write], ladder, now: new Date() })
  }
)
