import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomerWorkflowEvents } from "@medusajs/framework/utils"
import { syncMembersWorkflow } from "../workflows/member-data"

export default async function memberCustomerChanged({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await syncMembersWorkflow(container).run({
    input: { customer_ids: [data.id] },
  })
}

export const config: SubscriberConfig = {
  event: [CustomerWorkflowEvents.CREATED, CustomerWorkflowEvents.UPDATED],
  context: { subscriberId: "membership-customer-changed" },
}
