import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dispatchMessagesWorkflow } from "../workflows/member-reminders"

/** Every minute: send what is due (postponed messages come due after quiet hours). */
export default async function dispatchMemberMessages(
  container: MedusaContainer,
  at?: unknown
) {
  // the scheduler passes its own second argument; tests pass the moment to run at
  const now = at instanceof Date ? at : new Date()
  const { result } = await dispatchMessagesWorkflow(container).run({
    input: { now },
  })
  if (result.claimed) {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    logger.info(
      `Member messages: ${result.sent} sent, ${result.suppressed} suppressed, ${result.postponed} postponed, ${result.retrying} to retry, ${result.failed} failed`
    )
  }
}

export const config = {
  name: "dispatch-member-messages",
  schedule: "* * * * *",
}
