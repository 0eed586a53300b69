import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_CAMPAIGN_MODULE } from "../../../module-keys"
import type MemberCampaignModuleService from "../../../modules/member-campaign/service"
import type { ReminderRuleDTO } from "../../../modules/member-campaign/types"

export type UpdateReminderRuleStepInput = {
  id: string
  changes: Partial<ReminderRuleDTO>
}

export const updateReminderRuleStepId = "update-member-reminder-rule"

const EDITABLE = [
  "enabled",
  "params",
  "templates",
  "channels",
  "offer",
] as const

/** Writes the rule; compensation restores exactly the fields it changed. */
export const updateReminderRuleStep = createStep(
  updateReminderRuleStepId,
  async ({ id, changes }: UpdateReminderRuleStepInput, { container }) => {
    const campaigns: MemberCampaignModuleService = container.resolve(
      MEMBER_CAMPAIGN_MODULE
    )
    const previous = await campaigns.retrieveReminderRule(id)
    const snapshot = Object.fromEntries(
      EDITABLE.filter((field) => field in changes).map((field) => [
        field,
        previous[field],
      ])
    )
    const updated = await campaigns.updateReminderRules({ id, ...changes })
    return new StepResponse(updated, { id, snapshot })
  },
  async (
    undo: { id: string; snapshot: Partial<ReminderRuleDTO> } | undefined,
    { container }
  ) => {
    if (!undo) return
    const campaigns: MemberCampaignModuleService = container.resolve(
      MEMBER_CAMPAIGN_MODULE
    )
    await campaigns.updateReminderRules({ id: undo.id, ...undo.snapshot })
  }
)
