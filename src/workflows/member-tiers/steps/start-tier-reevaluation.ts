import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberTierModuleService from "../../../modules/member-tier/service"
import { startTierReevaluation } from "../reevaluation/start-tier-reevaluation"

export const startTierReevaluationStepId = "start-member-tier-reevaluation"

/**
 * Records the pending re-evaluation for the ladder as saved (the admin sees
 * it at once; the ladder-changed event's worker runs it). Compensation
 * removes the run it created; a run it superseded stays superseded, the next
 * ladder change covers its members again.
 */
export const startTierReevaluationStep = createStep(
  startTierReevaluationStepId,
  async (_: void, { container }) => {
    const started = await startTierReevaluation(container, "ladder_changed")
    return new StepResponse(
      started?.run.id ?? null,
      started?.created ? started.run.id : null
    )
  },
  async (createdId: string | null | undefined, { container }) => {
    if (!createdId) return
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    await tiers.deleteTierReevaluations(createdId)
  }
)
