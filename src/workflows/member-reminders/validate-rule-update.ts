import { MedusaError } from "@medusajs/framework/utils"
import { isReminderKey } from "../../modules/member-campaign/reminders/keys"
import { REMINDER_PARAMS } from "../../modules/member-campaign/reminders/params"
import type { ReminderRuleDTO } from "../../modules/member-campaign/types"
import { assertTemplatesParse } from "../../templates/render"
import type { TemplateOverrides } from "../../templates"

export type ReminderRuleUpdate = {
  key: string
  enabled?: boolean
  params?: Record<string, unknown>
  templates?: TemplateOverrides
  channels?: string[]
  offer?:
    | { type: "promotion"; code: string }
    | { type: "points"; points: number }
    | null
}

export function assertReminderKey(key: string) {
  if (!isReminderKey(key)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Reminder with key: ${key} was not found`
    )
  }
  return key
}

/**
 * The rule's new values: parameters merged over the current ones and checked
 * against the reminder's schema (errors name `params.<field>`), templates that
 * parse, the rest as given.
 */
export function validateRuleUpdate(
  rule: ReminderRuleDTO,
  update: ReminderRuleUpdate
) {
  const key = assertReminderKey(update.key)
  const changes: Partial<ReminderRuleDTO> = {}
  if (update.params !== undefined) {
    const merged = { ...(rule.params as object), ...update.params }
    const result = REMINDER_PARAMS[key].safeParse(merged)
    if (!result.success) {
      const issue = result.error.issues[0]
      const field = ["params", ...issue.path.map(String)].join(".")
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${field}: ${issue.message}`
      )
    }
    changes.params = result.data as Record<string, unknown>
  }
  if (update.templates !== undefined) {
    assertTemplatesParse(update.templates)
    changes.templates = update.templates as Record<string, unknown>
  }
  if (update.enabled !== undefined) changes.enabled = update.enabled
  if (update.channels !== undefined) changes.channels = update.channels
  if (update.offer !== undefined)
    changes.offer = update.offer as Record<string, unknown> | null
  return changes
}
