import type { InferTypeOf } from "@medusajs/framework/types"
import type { Message } from "./models/message"
import type {
  MessageCategory,
  MessageSource,
  MessageStatus,
} from "./models/message"
import type { ReminderRule } from "./models/reminder-rule"

export type MessageDTO = InferTypeOf<typeof Message>
export type ReminderRuleDTO = InferTypeOf<typeof ReminderRule>

export type EnqueueMessageInput = {
  customer_id: string
  source: MessageSource
  source_id: string
  reference: string
  category: MessageCategory
  /** Candidate channels, in order of preference. */
  channels: string[]
  idempotency_key: string
  send_after?: Date | string
  cohort?: string
  data?: Record<string, unknown>
}

export type EnqueuedMessage = { id: string; idempotency_key: string }

/** A message a worker claimed: what the dispatcher needs to decide and send. */
export type ClaimedMessage = {
  id: string
  customer_id: string | null
  source: MessageSource
  source_id: string
  reference: string
  category: MessageCategory
  channel: string
  channels: string[]
  idempotency_key: string
  data: Record<string, unknown> | null
  attempts: number
  send_after: Date
  /** Set when a previous attempt had committed to sending it. */
  sent_at: Date | null
}

export type RecentSendsQuery = {
  customer_id: string
  channel: string
  since: Date
}

export type MessageOutcome = {
  id: string
  attempts: number
  status: MessageStatus
  reason?: string | null
  channel?: string | null
  send_after?: Date | null
  /** Keep sent_at while postponed after a failed attempt that may have reached the provider. */
  keep_reservation?: boolean
  recipient?: string | null
  locale?: string | null
  subject?: string | null
  body_text?: string | null
  body_html?: string | null
  notification_id?: string | null
}

export type MessageCount = {
  source_id: string
  status: MessageStatus
  count: number
}
