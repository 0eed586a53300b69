import type { ExecArgs } from "@medusajs/framework/types"
import {
  runMemberBackfill,
  startMemberBackfillWorkflow,
} from "../workflows/member-backfill"

/**
 * `npx medusa exec <plugin>/src/scripts/member-backfill.(ts|js)`: starts a backfill, or
 * resumes the active one, and runs it in this process. Progress goes to the log.
 */
export default async function memberBackfill({ container }: ExecArgs) {
  const { result: run } = await startMemberBackfillWorkflow(container).run()
  const finished = await runMemberBackfill(container, run.id)
  if (!finished || finished.status !== "completed") {
    process.exitCode = 1
  }
}
