import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { TIER_CHANGED_EVENT } from "../workflows/member-reminders/seams/events"
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
  event: TIER_CHANGED_EVENT,
  context: { subscriberId: "membership-reminder-tier-changed" },
}
