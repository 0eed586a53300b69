import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { refreshOrderFactsWorkflow } from "../workflows/member-data"

type OrderEvent = { id?: string; order_id?: string }

export default async function memberOrderChanged({
  event: { data },
  container,
}: SubscriberArgs<OrderEvent>) {
  const orderId = data.order_id ?? data.id
  if (!orderId) return
  await refreshOrderFactsWorkflow(container).run({
    input: { order_ids: [orderId] },
  })
}

// order.placed / order.canceled / order.completed carry { id };
// order.return_received carries { order_id, return_id }.
export const config: SubscriberConfig = {
  event: [
    OrderWorkflowEvents.PLACED,
    OrderWorkflowEvents.CANCELED,
    OrderWorkflowEvents.COMPLETED,
    OrderWorkflowEvents.RETURN_RECEIVED,
  ],
  context: { subscriberId: "membership-order-changed" },
}
