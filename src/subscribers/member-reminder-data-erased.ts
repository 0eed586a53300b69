import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MembershipEvents } from "../events"
import { eraseMemberMessagesWorkflow } from "../workflows/member-reminders"

export default async function memberReminderDataErased({
  event: { data },
  container,
}: SubscriberArgs<{ customer_id: string }>) {
  await eraseMemberMessagesWorkflow(container).run({
    input: { customer_id: data.customer_id },
  })
}

export const config: SubscriberConfig = {
  event: MembershipEvents.DATA_ERASED,
  context: { subscriberId: "membership-reminder-data-erased" },
}
