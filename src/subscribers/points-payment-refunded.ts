import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { reverseRefundedPointsWorkflow } from "../workflows/member-points"

export default async function pointsPaymentRefunded({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await reverseRefundedPointsWorkflow(container).run({
    input: { payment_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: PaymentEvents.REFUNDED,
  context: { subscriberId: "membership-points-payment-refunded" },
}
