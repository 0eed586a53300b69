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
  if (!data.moves?.length) return
  await queueTierNoticeWorkflow(container).run({ input: data })
}

export const config: SubscriberConfig = {
  event: MembershipEvents.TIERS_CHANGED,
  context: { subscriberId: "membership-reminder-tier-changed" },
}
