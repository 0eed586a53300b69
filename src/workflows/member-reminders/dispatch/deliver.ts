import type {
  INotificationModuleService,
  NotificationDTO,
} from "@medusajs/framework/types"
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
 * (one call: the module sends them in parallel). A key delivered before (a worker
 * died after sending) is not sent again: its earlier notification, read back,
 * counts. One failure does not fail the others.
 */
export async function deliverBatch(
  notifications: INotificationModuleService,
  deliveries: Delivery[]
): Promise<Map<string, DeliveryResult>> {
  const results = new Map<string, DeliveryResult>()
  if (!deliveries.length) return results
  let batchError: string | null = null
  let created: NotificationDTO[] = []
  try {
    created = await notifications.createNotifications(
      deliveries.map(toNotification)
    )
  } catch (error) {
    batchError = (error as Error).message
  }
  const sent = new Map(
    created
      .filter((n) => n.status === "success")
      .map((n) => [n.resource_id, n.id])
  )
  const unconfirmed = deliveries.filter((d) => !sent.has(d.message_id))
  if (unconfirmed.length) {
    const stored = await notifications.listNotifications(
      { resource_id: unconfirmed.map((d) => d.message_id) },
      { select: ["id", "status", "resource_id"], take: null }
    )
    for (const n of stored) {
      if (n.status === "success") sent.set(n.resource_id!, n.id)
    }
  }
  for (const delivery of deliveries) {
    const id = sent.get(delivery.message_id)
    results.set(
      delivery.message_id,
      id
        ? { ok: true, notification_id: id }
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
