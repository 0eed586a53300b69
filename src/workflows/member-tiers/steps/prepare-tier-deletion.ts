import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberTierModuleService from "../../../modules/member-tier/service"
import { rankedLadder } from "../measures"

export type PrepareTierDeletionStepInput = {
  id: string
  target_tier_id?: string
}

export const prepareTierDeletionStepId = "prepare-member-tier-deletion"

/**
 * Checks a tier may go: it exists, the base tier goes last, and its members
 * have a target tier to move to. Returns the tier, its holders and the ladder.
 */
export const prepareTierDeletionStep = createStep(
  prepareTierDeletionStepId,
  async (input: PrepareTierDeletionStepInput, { container }) => {
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    const stored = await tiers.listTiers({}, { take: null })
    const tier = stored.find((t) => t.id === input.id)
    if (!tier) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Tier ${input.id} was not found`
      )
    }
    if (tier.rank === 0 && stored.length > 1) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "The base tier (rank 0) can only be deleted last"
      )
    }
    const target = input.target_tier_id
      ? stored.find((t) => t.id === input.target_tier_id)
      : undefined
    if (input.target_tier_id && (!target || target.id === tier.id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `target_tier_id: ${input.target_tier_id} is not another tier of the ladder`
      )
    }
    const holders = await tiers.listMemberships(
      { tier_id: tier.id },
      { select: ["customer_id"], take: null }
    )
    if (holders.length && !target) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Tier "${tier.name}" has ${holders.length} members: pass target_tier_id to move them first`
      )
    }
    return new StepResponse({
      tier,
      target_tier_id: target?.id ?? null,
      holders: holders.map((h) => h.customer_id),
      ladder: rankedLadder(stored),
    })
  }
)
