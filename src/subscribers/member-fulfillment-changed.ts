import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { refreshOrderFactsWorkflow } from "../workflows/member-data"

export default async function memberFulfillmentChanged({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await refreshOrderFactsWorkflow(container).run({
    input: { fulfillment_ids: [data.id] },
  })
}

export const config: SubscriberConfig = {
  event: [
    FulfillmentWorkflowEvents.SHIPMENT_CREATED,
    FulfillmentWorkflowEvents.DELIVERY_CREATED,
  ],
  context: { subscriberId: "membership-fulfillment-changed" },
}
