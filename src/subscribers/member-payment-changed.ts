import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { refreshOrderFactsWorkflow } from "../workflows/member-data"

export default async function memberPaymentChanged({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await refreshOrderFactsWorkflow(container).run({
    input: { payment_ids: [data.id] },
  })
}

export const config: SubscriberConfig = {
  event: [PaymentEvents.CAPTURED, PaymentEvents.REFUNDED],
  context: { subscriberId: "membership-payment-changed" },
}
