import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { awardOrderPointsWorkflow } from "../workflows/member-points"

export default async function pointsOrderPlaced({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await awardOrderPointsWorkflow(container).run({
    input: { order_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "membership-points-order-placed" },
}
