import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MembershipEvents } from "../events"
import runMemberReminders from "../jobs/run-member-reminders"

/**
 * Member data was just imported: run the reminder scans now instead of at the
 * next hourly run. Only switched-on reminders select anyone; reruns queue nothing twice.
 */
export default async function memberReminderBackfillCompleted({
  container,
}: SubscriberArgs<{ id: string }>) {
  await runMemberReminders(container)
}

export const config: SubscriberConfig = {
  event: MembershipEvents.BACKFILL_COMPLETED,
  context: { subscriberId: "membership-reminder-backfill-completed" },
}
