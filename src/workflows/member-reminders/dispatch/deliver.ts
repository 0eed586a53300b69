import type { INotificationModuleService } from "@medusajs/framework/types"
import type { ComposedMessage } from "./compose"

export type Delivery = {
  message_id: string
  customer_id: string
  template: string
  channel: string
  to: string
  category: string
  idempotency_key: string
  composed: ComposedMessage
}

export type DeliveryResult =
  { ok: true; notification_id: string } | { ok: false; error: string }

const toNotification = (delivery: Delivery) => ({
  to: delivery.to,
  channel: delivery.channel,
  template: delivery.template,
  receiver_id: delivery.customer_id,
  resource_id: delivery.message_id,
  resource_type: "member_message",
  idempotency_key: delivery.idempotency_key,
  content: {
    subject: delivery.composed.subject,
    html: delivery.composed.html,
    text: delivery.composed.text,
  },
  data: {
    category: delivery.category,
    locale: delivery.composed.locale,
    unsubscribe_url: delivery.composed.unsubscribe_url,
  },
})

/**
 * Hands a batch to the Notification module under each message's idempotency key
 * (one call: the module sends them in parallel), then reads back every message's
 * notification. A key delivered before (a worker died after sending) is not sent
 * again: its earlier notification counts. One failure does not fail the others.
 */
export async function deliverBatch(
  notifications: INotificationModuleService,
  deliveries: Delivery[]
): Promise<Map<string, DeliveryResult>> {
  const results = new Map<string, DeliveryResult>()
  if (!deliveries.length) return results
  let batchError: string | null = null
  try {
    await notifications.createNotifications(deliveries.map(toNotification))
  } catch (error) {
    batchError = (error as Error).message
  }
  const stored = await notifications.listNotifications(
    { resource_id: deliveries.map((d) => d.message_id) },
    { select: ["id", "status", "resource_id"], take: null }
  )
  for (const delivery of deliveries) {
    const mine = stored.filter((n) => n.resource_id === delivery.message_id)
    const success = mine.find((n) => n.status === "success")
    results.set(
      delivery.message_id,
      success
        ? { ok: true, notification_id: success.id }
        : { ok: false, error: errorFor(batchError, delivery.idempotency_key) }
    )
  }
  return results
}

// The module aggregates the failures of a batch into one message; keep the part about this one.
const errorFor = (batchError: string | null, key: string) => {
  const text = batchError ?? "the notification was not sent"
  const line = text.split("\n").find((l) => l.includes(key))
  return (line ?? text).slice(0, 500)
}
