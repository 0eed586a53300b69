import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ContainerRegistrationKeys,
  FulfillmentWorkflowEvents,
} from "@medusajs/framework/utils"
import { releaseOrderPointsWorkflow } from "../workflows/member-points"

export default async function pointsOrderDelivered({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: fulfillments } = await query.graph({
    entity: "fulfillment",
    fields: ["order.id"],
    filters: { id: data.id },
  })
  const orderId = (fulfillments[0] as { order?: { id: string } } | undefined)
    ?.order?.id
  if (!orderId) return
  await releaseOrderPointsWorkflow(container).run({
    input: { order_id: orderId },
  })
}

export const config: SubscriberConfig = {
  event: FulfillmentWorkflowEvents.DELIVERY_CREATED,
  context: { subscriberId: "membership-points-order-delivered" },
}
