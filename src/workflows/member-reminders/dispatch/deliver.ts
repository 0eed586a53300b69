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

/**
 * Hands one message to the Notification module under its idempotency key. A key
 * it already delivered (a worker died after sending) answers with no new
 * notification: the earlier one is looked up, nothing is sent again.
 */
export async function deliver(
  notifications: INotificationModuleService,
  delivery: Delivery
): Promise<DeliveryResult> {
  try {
    const created = await notifications.createNotifications({
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
    if (created?.id) return { ok: true, notification_id: created.id }
    // the key was delivered before: find that notification (same message id)
    const earlier = await notifications.listNotifications(
      { resource_id: delivery.message_id },
      { select: ["id", "status"] }
    )
    const existing = earlier.find((n) => n.status === "success")
    return existing
      ? { ok: true, notification_id: existing.id }
      : { ok: false, error: "the notification was not created" }
  } catch (error) {
    return { ok: false, error: (error as Error).message.slice(0, 500) }
  }
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function inPool<T, R>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
  return results
}
