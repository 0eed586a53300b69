import type { MessageDTO } from "../../modules/member-campaign/types"

/** A log row; `rendered` only in the detail view. */
export function messageResponse(message: MessageDTO, withBody = false) {
  return {
    id: message.id,
    customer_id: message.customer_id,
    source: message.source,
    source_id: message.source_id,
    reference: message.reference,
    category: message.category,
    channel: message.channel,
    status: message.status,
    reason: message.reason,
    recipient: message.recipient,
    locale: message.locale,
    subject: message.subject,
    attempts: message.attempts,
    send_after: message.send_after,
    sent_at: message.sent_at,
    notification_id: message.notification_id,
    created_at: message.created_at,
    ...(withBody
      ? { rendered: { text: message.body_text, html: message.body_html } }
      : {}),
  }
}

export type MessageResponse = ReturnType<typeof messageResponse>
