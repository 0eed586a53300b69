import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomerWorkflowEvents } from "@medusajs/framework/utils"
import { grantPointsBonusWorkflow } from "../workflows/member-points"

/** The card-opening gift, once per customer. */
export default async function pointsSignupBonus({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await grantPointsBonusWorkflow(container).run({
    input: { customer_id: data.id, kind: "signup", reference_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: CustomerWorkflowEvents.CREATED,
  context: { subscriberId: "membership-points-signup-bonus" },
}
