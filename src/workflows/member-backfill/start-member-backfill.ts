import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MembershipEvents } from "../../events"
import { ensureBackfillRunStep } from "./steps/ensure-backfill-run"

export const startMemberBackfillWorkflowId = "start-member-backfill"

/** Creates a run (or finds the active one) and asks a worker to run it. */
export const startMemberBackfillWorkflow = createWorkflow(
  startMemberBackfillWorkflowId,
  () => {
    const { run, created } = ensureBackfillRunStep()
    const event = transform({ run }, ({ run }) => ({ id: run.id }))
    when({ created }, ({ created }) => created).then(() => {
      emitEventStep({
        eventName: MembershipEvents.BACKFILL_REQUESTED,
        data: event,
      })
    })
    return new WorkflowResponse(run)
  }
)
