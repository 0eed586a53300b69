import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_CAMPAIGN_MODULE } from "../../../module-keys"
import type MemberCampaignModuleService from "../../../modules/member-campaign/service"
import { defaultRules } from "../default-rules"
import {
  assertReminderKey,
  validateRuleUpdate,
  type ReminderRuleUpdate,
} from "../validate-rule-update"

export const validateReminderUpdateStepId = "validate-member-reminder-update"

/** Checks the update against the reminder and the store (an offer's code must exist). */
export const validateReminderUpdateStep = createStep(
  validateReminderUpdateStepId,
  async (update: ReminderRuleUpdate, { container }) => {
    const key = assertReminderKey(update.key)
    const campaigns: MemberCampaignModuleService = container.resolve(
      MEMBER_CAMPAIGN_MODULE
    )
    await campaigns.ensureReminderRules(
      defaultRules().filter((r) => r.key === key)
    )
    const [rule] = await campaigns.listReminderRules({ key })
    const changes = validateRuleUpdate(rule, update)
    const offer = update.offer
    if (offer?.type === "promotion") {
      const promotions = await container
        .resolve(Modules.PROMOTION)
        .listPromotions({ code: offer.code }, { take: 1 })
      if (!promotions.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `offer.code: no promotion with code ${offer.code}`
        )
      }
    }
    return new StepResponse({ id: rule.id, changes })
  }
)
