import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REMINDERS } from "../modules/member-campaign/reminders/catalog"
import { REMINDER_KEYS } from "../modules/member-campaign/reminders/keys"
import { runReminderWorkflow } from "../workflows/member-reminders"

const SCANS = REMINDER_KEYS.filter((key) => REMINDERS[key].trigger === "scan")

/**
 * Every hour: each scan reminder selects who it is for now and queues their
 * messages (the dispatch job sends them). Reruns queue nothing twice.
 */
export default async function runMemberReminders(
  container: MedusaContainer,
  at?: unknown
) {
  // the scheduler passes its own second argument; tests pass the moment to run at
  const now = at instanceof Date ? at : new Date()
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const key of SCANS) {
    const { result } = await runReminderWorkflow(container).run({
      input: { key, now },
    })
    if (result.selected) {
      logger.info(
        `Reminder ${key}: ${result.selected} selected, ${result.queued.queued} queued`
      )
    }
  }
}

export const config = {
  name: "run-member-reminders",
  schedule: "7 * * * *",
}
