import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dispatchBatch } from "../dispatch/dispatch-batch"
import { resolveDispatchDeps } from "../dispatch/resolve-deps"
import type { DispatchSummary } from "../dispatch/types"

export type DispatchMessagesStepInput = {
  /** The moment to dispatch at (default: now); tests and the simulator travel in time. */
  now?: Date | string
  /** Batches to run at most in this call (default 10). */
  max_batches?: number
}

export const dispatchMessagesStepId = "dispatch-member-messages"

/**
 * Sends due messages batch by batch until none is due. No compensation: a
 * message that was sent cannot be unsent; each batch records its own outcomes.
 */
export const dispatchMessagesStep = createStep(
  dispatchMessagesStepId,
  async (input: DispatchMessagesStepInput, { container }) => {
    const deps = await resolveDispatchDeps(container)
    const now = input.now ? new Date(input.now) : new Date()
    const total: DispatchSummary = {
      claimed: 0,
      sent: 0,
      suppressed: 0,
      postponed: 0,
      failed: 0,
      retrying: 0,
    }
    for (let batch = 0; batch < (input.max_batches ?? 10); batch++) {
      const summary = await dispatchBatch(deps, now)
      for (const key of Object.keys(total) as (keyof DispatchSummary)[]) {
        total[key] += summary[key]
      }
      if (!summary.claimed) break
    }
    return new StepResponse(total)
  }
)
