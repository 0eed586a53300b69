import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_CAMPAIGN_MODULE } from "../../../module-keys"
import type { ReminderKey } from "../../../modules/member-campaign/reminders/keys"
import type MemberCampaignModuleService from "../../../modules/member-campaign/service"
import type { ReminderRuleDTO } from "../../../modules/member-campaign/types"
import { defaultRules } from "../default-rules"

export const loadReminderRuleStepId = "load-member-reminder-rule"

/** The rule of a reminder (created, off, when missing). */
export const loadReminderRuleStep = createStep(
  loadReminderRuleStepId,
  async (key: ReminderKey, { container }) => {
    const campaigns: MemberCampaignModuleService = container.resolve(
      MEMBER_CAMPAIGN_MODULE
    )
    let [rule] = await campaigns.listReminderRules({ key })
    if (!rule) {
      await campaigns.ensureReminderRules(
        defaultRules().filter((r) => r.key === key)
      )
      ;[rule] = await campaigns.listReminderRules({ key })
    }
    return new StepResponse(rule as ReminderRuleDTO)
  }
)
