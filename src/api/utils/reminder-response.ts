import { REMINDERS } from "../../modules/member-campaign/reminders/catalog"
import type { ReminderKey } from "../../modules/member-campaign/reminders/keys"
import type {
  MessageCount,
  ReminderRuleDTO,
} from "../../modules/member-campaign/types"

const STATUSES = ["queued", "sent", "suppressed", "failed"] as const

/** The reminder shape the admin API answers with: the rule, what it is, and its last-7-days counts. */
export function reminderResponse(
  rule: ReminderRuleDTO,
  counts: MessageCount[] = []
) {
  const key = rule.key as ReminderKey
  const mine = counts.filter((c) => c.source_id === key)
  return {
    key,
    category: REMINDERS[key].category,
    trigger: REMINDERS[key].trigger,
    enabled: rule.enabled,
    params: rule.params,
    templates: rule.templates,
    channels: rule.channels,
    offer: rule.offer,
    updated_at: rule.updated_at,
    counts_7d: Object.fromEntries(
      STATUSES.map((status) => [
        status,
        mine.find((c) => c.status === status)?.count ?? 0,
      ])
    ) as Record<(typeof STATUSES)[number], number>,
  }
}

export type ReminderResponse = ReturnType<typeof reminderResponse>
