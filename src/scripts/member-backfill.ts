import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  runMemberBackfill,
  startMemberBackfillWorkflow,
} from "../workflows/member-backfill"

/**
 * `npx medusa exec <plugin>/src/scripts/member-backfill.(ts|js)`: starts a backfill, or
 * resumes the active one, and runs it in this process. Progress goes to the log.
 */
export default async function memberBackfill({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result: run } = await startMemberBackfillWorkflow(container).run({
    input: { notify: false },
  })
  const finished = await runMemberBackfill(container, run.id)
  if (!finished) {
    logger.warn(
      `member backfill ${run.id} is being run by another worker in this process`
    )
  }
  if (finished?.status !== "completed") {
    process.exitCode = 1
  }
}
