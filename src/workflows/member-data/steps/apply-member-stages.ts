import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberTierModuleService from "../../../modules/member-tier/service"
import type {
  ApplyStageInput,
  StageChange,
} from "../../../modules/member-tier/types"

export const applyMemberStagesStepId = "apply-member-stages"

/** Returns only the stages that changed, so a replay emits nothing. */
export const applyMemberStagesStep = createStep(
  applyMemberStagesStepId,
  async (orderCounts: ApplyStageInput[], { container }) => {
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    const changes = await tiers.applyStages(orderCounts)
    return new StepResponse(changes, changes)
  },
  async (changes: StageChange[] | undefined, { container }) => {
    if (!changes?.length) return
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    await tiers.revertStages(changes)
  }
)
