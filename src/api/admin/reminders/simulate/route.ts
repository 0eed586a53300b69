import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MEMBER_CAMPAIGN_MODULE } from "../../../../module-keys"
import type MemberCampaignModuleService from "../../../../modules/member-campaign/service"
import { defaultRules } from "../../../../workflows/member-reminders/default-rules"
import { simulateReminder } from "../../../../workflows/member-reminders/simulate"
import { assertReminderKey } from "../../../../workflows/member-reminders/validate-rule-update"
import type { AdminSimulateRemindersType } from "../validators"

/** Who would get which reminder at `at`, and why or why not. Sends and writes nothing. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSimulateRemindersType>,
  res: MedusaResponse
) => {
  const { at, keys, limit } = req.validatedBody
  keys?.forEach(assertReminderKey)
  const campaigns: MemberCampaignModuleService = req.scope.resolve(
    MEMBER_CAMPAIGN_MODULE
  )
  await campaigns.ensureReminderRules(defaultRules())
  const rules = await campaigns.listReminderRules(keys ? { key: keys } : {}, {
    take: null,
  })
  const reminders = []
  for (const rule of rules) {
    reminders.push(await simulateReminder(req.scope, rule, at, limit))
  }
  res.json({ at: at.toISOString(), reminders })
}
