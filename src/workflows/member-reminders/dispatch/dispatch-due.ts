import { dispatchBatch } from "./dispatch-batch"
import type { DispatchDeps, DispatchSummary } from "./types"

const emptySummary = (): DispatchSummary => ({
  claimed: 0,
  sent: 0,
  suppressed: 0,
  postponed: 0,
  failed: 0,
  retrying: 0,
})

/**
 * Sends what is due, batch by batch, with `dispatchConcurrency` batches in
 * flight (claims never overlap), until nothing is due or `maxBatches` ran.
 */
export async function dispatchDue(
  deps: DispatchDeps,
  now: Date,
  maxBatches: number
): Promise<DispatchSummary> {
  const total = emptySummary()
  let started = 0
  let drained = false
  const lane = async () => {
    while (!drained && started < maxBatches) {
      started++
      const summary = await dispatchBatch(deps, now)
      for (const key of Object.keys(total) as (keyof DispatchSummary)[]) {
        total[key] += summary[key]
      }
      if (!summary.claimed) drained = true
    }
  }
  const lanes = deps.campaigns.campaignOptions().dispatchConcurrency
  await Promise.all(Array.from({ length: lanes }, lane))
  return total
}
