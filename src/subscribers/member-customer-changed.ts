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
  // a deleted customer's sync erases their member data
  event: [
    CustomerWorkflowEvents.CREATED,
    CustomerWorkflowEvents.UPDATED,
    CustomerWorkflowEvents.DELETED,
  ],
  context: { subscriberId: "membership-customer-changed" },
}
