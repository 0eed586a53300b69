import { model } from "@medusajs/framework/utils"

export const MESSAGE_STATUSES = [
  "queued",
  "sent",
  "suppressed",
  "failed",
] as const
export type MessageStatus = (typeof MESSAGE_STATUSES)[number]

export const MESSAGE_SOURCES = ["reminder", "campaign", "test"] as const
export type MessageSource = (typeof MESSAGE_SOURCES)[number]

export const MESSAGE_CATEGORIES = ["marketing", "transactional"] as const
export type MessageCategory = (typeof MESSAGE_CATEGORIES)[number]

/**
 * One message to one member, from its queueing to its outcome. The
 * idempotency key (one per member and occasion) is unique, so the same
 * message is never queued twice; it is also the Notification's key, so a
 * retried send is never delivered twice. The dispatcher claims queued rows
 * with a short lease (`claimed_until`), so several workers share the queue.
 */
export const Message = model
  .define(
    { name: "Message", tableName: "mbr_message" },
    {
      id: model.id({ prefix: "mbrmsg" }).primaryKey(),
      // null once the member's personal data was erased
      customer_id: model.text().nullable(),
      source: model.enum([...MESSAGE_SOURCES]),
      // the reminder key or the campaign id
      source_id: model.text(),
      // what the message is about: an order, a tier, a holiday date...
      reference: model.text(),
      category: model.enum([...MESSAGE_CATEGORIES]),
      // the channel it goes (or went) out on, and the candidates in order of preference
      channel: model.text(),
      channels: model.array().default([]),
      // treatment / holdout, for campaigns measured against a holdout
      cohort: model.text().default("treatment"),
      status: model.enum([...MESSAGE_STATUSES]).default("queued"),
      reason: model.text().nullable(),
      idempotency_key: model.text(),
      send_after: model.dateTime(),
      claimed_until: model.dateTime().nullable(),
      attempts: model.number().default(0),
      // template variables (order number, offer...); erased with the member
      data: model.json().nullable(),
      // as rendered and sent; erased with the member
      recipient: model.text().nullable(),
      locale: model.text().nullable(),
      subject: model.text().nullable(),
      body_text: model.text().nullable(),
      body_html: model.text().nullable(),
      notification_id: model.text().nullable(),
      sent_at: model.dateTime().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mbr_message_idempotency_key_unique",
      on: ["idempotency_key"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_message_queue",
      on: ["send_after"],
      where: "deleted_at IS NULL AND status = 'queued'",
    },
    {
      name: "IDX_mbr_message_customer_channel_sent_at",
      on: ["customer_id", "channel", "sent_at"],
      where: "deleted_at IS NULL AND status = 'sent'",
    },
    {
      name: "IDX_mbr_message_source_created_at",
      on: ["source", "source_id", "created_at"],
      where: "deleted_at IS NULL",
    },
  ])
