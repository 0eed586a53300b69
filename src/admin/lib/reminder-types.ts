import type { ReminderResponse } from "../../api/utils/reminder-response"
import type { MessageResponse } from "../../api/utils/message-response"
import type { RenderedMessage } from "../../templates/render"

// Types come from the server code that builds the responses.
export {
  REMINDER_KEYS,
  type ReminderKey,
} from "../../modules/member-campaign/reminders/keys"
import type { MessageStatus } from "../../modules/member-campaign/models/message"
export type { MessageStatus }
export const MESSAGE_STATUSES = [
  "queued",
  "sent",
  "suppressed",
  "failed",
] as const satisfies readonly MessageStatus[]

type Json<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T

export type AdminReminder = Json<ReminderResponse>
export type AdminMessage = Json<MessageResponse> & {
  rendered?: { text: string | null; html: string | null }
}
export type AdminMessageList = {
  messages: AdminMessage[]
  count: number
  offset: number
  limit: number
}
export type ReminderPreview = Record<
  "en" | "zh-CN",
  RenderedMessage & { locale: string; unsubscribe_url: string | null }
>
export type TemplateParts = { subject?: string; html?: string; text?: string }
export type ReminderTemplates = Partial<Record<"en" | "zh-CN", TemplateParts>>
