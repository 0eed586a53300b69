import type { ExecArgs } from "@medusajs/framework/types"
import runMemberReminders from "../jobs/run-member-reminders"

/**
 * `npx medusa exec <plugin>/src/scripts/run-member-reminders.(ts|js)`: runs every
 * switched-on reminder scan now (as the hourly job does) and queues the messages;
 * the dispatch job of a running server sends them. Reruns queue nothing twice.
 */
export default async function runMemberRemindersScript({
  container,
}: ExecArgs) {
  await runMemberReminders(container)
}
