import { killServerNow } from "./support/server"
import { startStore } from "./support/store"

const log = (line: string) => process.stderr.write(`[e2e] ${line}\n`)

/** Jest global setup: one seeded host store for every browser spec of the run. */
export default async function globalSetup() {
  const state = await startStore(log)
  // Interrupted runs skip the teardown: never leave the server running.
  // (Their database is dropped by the next run.)
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      killServerNow(state.pgid)
      process.exit(130)
    })
  }
  process.once("exit", () => killServerNow(state.pgid))
}
