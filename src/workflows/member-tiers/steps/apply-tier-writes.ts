import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberTierModuleService from "../../../modules/member-tier/service"
import type {
  ApplyTierWritesResult,
  TierWrite,
} from "../../../modules/member-tier/types"

export type ApplyTierWritesStepInput = {
  writes: TierWrite[]
  now: Date | string
}

export const applyTierWritesStepId = "apply-member-tier-writes"

/** Writes the tier decisions; compensation restores the states it locked and read. */
export const applyTierWritesStep = createStep(
  applyTierWritesStepId,
  async (input: ApplyTierWritesStepInput, { container }) => {
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    const result = await tiers.applyTierWrites(
      input.writes,
      new Date(input.now)
    )
    return new StepResponse(result, result)
  },
  async (applied: ApplyTierWritesResult | undefined, { container }) => {
    if (!applied) return
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    await tiers.revertTierWrites(applied)
  }
)
