import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomerWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { grantPointsBonusWorkflow } from "../workflows/member-points"

/** The card-opening gift, once per customer who registered (not guest checkouts). */
export default async function pointsSignupBonus({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const [customer] = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ id: data.id }, { select: ["id", "has_account"] })
  if (!customer?.has_account) return
  await grantPointsBonusWorkflow(container).run({
    input: {
      grants: [{ customer_id: data.id, kind: "signup", reference_id: data.id }],
    },
  })
}

export const config: SubscriberConfig = {
  event: CustomerWorkflowEvents.CREATED,
  context: { subscriberId: "membership-points-signup-bonus" },
}
