import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dispatchDue } from "../dispatch/dispatch-due"
import { resolveDispatchDeps } from "../dispatch/resolve-deps"

export type DispatchMessagesStepInput = {
  /** The moment to dispatch at (default: now); tests and the simulator travel in time. */
  now?: Date | string
  /** Batches to run at most in this call (default 10). */
  max_batches?: number
}

export const dispatchMessagesStepId = "dispatch-member-messages"

/**
 * Sends due messages, a few batches in flight, until none is due. No compensation: a
 * message that was sent cannot be unsent; each batch records its own outcomes.
 */
export const dispatchMessagesStep = createStep(
  dispatchMessagesStepId,
  async (input: DispatchMessagesStepInput, { container }) => {
    const deps = await resolveDispatchDeps(container)
    const now = input.now ? new Date(input.now) : new Date()
    const total = await dispatchDue(deps, now, input.max_batches ?? 10)
    return new StepResponse(total)
  }
)
