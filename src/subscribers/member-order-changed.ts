import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  OrderEditWorkflowEvents,
  OrderWorkflowEvents,
} from "@medusajs/framework/utils"
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

// Every event that changes an order's totals, payment, fulfillment or return
// state. Placed, updated, canceled and completed carry { id }; the others
// { order_id, ... }.
export const config: SubscriberConfig = {
  event: [
    OrderWorkflowEvents.PLACED,
    OrderWorkflowEvents.UPDATED,
    OrderWorkflowEvents.CANCELED,
    OrderWorkflowEvents.COMPLETED,
    OrderWorkflowEvents.FULFILLMENT_CANCELED,
    OrderWorkflowEvents.RETURN_REQUESTED,
    OrderWorkflowEvents.RETURN_RECEIVED,
    OrderWorkflowEvents.CLAIM_CREATED,
    OrderWorkflowEvents.EXCHANGE_CREATED,
    OrderEditWorkflowEvents.CONFIRMED,
  ],
  context: { subscriberId: "membership-order-changed" },
}
