import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MembershipEvents } from "../events"
import {
  queueTierNoticeWorkflow,
  type QueueTierNoticeWorkflowInput,
} from "../workflows/member-reminders"

export default async function memberReminderTierChanged({
  event: { data },
  container,
}: SubscriberArgs<QueueTierNoticeWorkflowInput>) {
  await queueTierNoticeWorkflow(container).run({ input: data })
}

export const config: SubscriberConfig = {
  event: MembershipEvents.TIER_CHANGED,
  context: { subscriberId: "membership-reminder-tier-changed" },
}
