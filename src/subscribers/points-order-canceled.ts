import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { cancelOrderPointsWorkflow } from "../workflows/member-points"

export default async function pointsOrderCanceled({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await cancelOrderPointsWorkflow(container).run({
    input: { order_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "membership-points-order-canceled" },
}
