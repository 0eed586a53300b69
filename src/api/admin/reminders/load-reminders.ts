import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBER_CAMPAIGN_MODULE } from "../../../module-keys"
import { REMINDER_KEYS } from "../../../modules/member-campaign/reminders/keys"
import type MemberCampaignModuleService from "../../../modules/member-campaign/service"
import { defaultRules } from "../../../workflows/member-reminders/default-rules"
import { reminderResponse } from "../../utils/reminder-response"

const WEEK_MS = 7 * 86_400_000

/** Every reminder (its rule created, off, on first sight) with its counts: two queries. */
export async function loadReminders(
  container: MedusaContainer,
  keys?: string[]
) {
  const campaigns: MemberCampaignModuleService = container.resolve(
    MEMBER_CAMPAIGN_MODULE
  )
  await campaigns.ensureReminderRules(defaultRules())
  const [rules, counts] = await Promise.all([
    campaigns.listReminderRules(keys ? { key: keys } : {}, { take: null }),
    campaigns.countMessages("reminder", new Date(Date.now() - WEEK_MS)),
  ])
  const order = (key: string) =>
    REMINDER_KEYS.indexOf(key as (typeof REMINDER_KEYS)[number])
  return rules
    .sort((a, b) => order(a.key) - order(b.key))
    .map((rule) => reminderResponse(rule, counts))
}
