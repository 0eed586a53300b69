import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberTierModuleService from "../../../modules/member-tier/service"
import type { ApplyTierWritesResult } from "../../../modules/member-tier/types"
import { evaluationRungs, type LadderEntry } from "../measures"

export type ApplyTierEvaluationStepInput = {
  ladder: LadderEntry[]
  members: { customer_id: string; values: Record<string, number> }[]
  now: Date | string
  allow_downgrade: boolean
  ladder_changed: boolean
}

export const applyTierEvaluationStepId = "apply-member-tier-evaluation"

/**
 * Decides and writes the members' tiers in SQL; compensation restores the
 * states it changed and removes its TierChange rows.
 */
export const applyTierEvaluationStep = createStep(
  applyTierEvaluationStepId,
  async (input: ApplyTierEvaluationStepInput, { container }) => {
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    const result = await tiers.applyTierEvaluation({
      ladder: evaluationRungs(input.ladder),
      members: input.members,
      now: new Date(input.now),
      allow_downgrade: input.allow_downgrade,
      ladder_changed: input.ladder_changed,
    })
    return new StepResponse(result, {
      previous: result.previous,
      change_ids: result.change_ids,
    })
  },
  async (
    applied: Pick<ApplyTierWritesResult, "previous" | "change_ids"> | undefined,
    { container }
  ) => {
    if (!applied) return
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    await tiers.revertTierWrites(applied)
  }
)
