import type { ReminderKey } from "../../modules/member-campaign/reminders/keys"
import { REMINDERS } from "../../modules/member-campaign/reminders/catalog"
import type { EnqueueMessageInput } from "../../modules/member-campaign/types"
import { messageKey } from "../../modules/member-campaign/utils/message-key"
import type { AudienceRow } from "../../modules/member-segment/types"

/** One queued message per audience row, keyed per member and occasion. */
export function toReminderMessages(
  key: ReminderKey,
  channels: string[],
  rows: AudienceRow[],
  sendAfter?: Date | string
): EnqueueMessageInput[] {
  const { category } = REMINDERS[key]
  return rows.map((row) => ({
    customer_id: row.customer_id,
    source: "reminder",
    source_id: key,
    reference: row.reference,
    category,
    channels: channels.length ? channels : ["email"],
    idempotency_key: messageKey(
      "reminder",
      key,
      row.customer_id,
      row.reference
    ),
    send_after: sendAfter,
    data: row.data,
  }))
}
