import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MembershipEvents } from "../../events"
import { ensureBackfillRunStep } from "./steps/ensure-backfill-run"
import { startMemberBackfillWorkflowId } from "../workflow-ids"

export type StartMemberBackfillWorkflowInput = {
  /** Ask a worker to run it (default); false when the caller runs it itself. */
  notify?: boolean
}

/** Creates a run (or finds the active one) and asks a worker to run it. */
export const startMemberBackfillWorkflow = createWorkflow(
  startMemberBackfillWorkflowId,
  (input: WorkflowData<StartMemberBackfillWorkflowInput>) => {
    const { run, created } = ensureBackfillRunStep()
    const event = transform({ run }, ({ run }) => ({ id: run.id }))
    when(
      { created, input },
      (data) => data.created && data.input?.notify !== false
    ).then(() => {
      emitEventStep({
        eventName: MembershipEvents.BACKFILL_REQUESTED,
        data: event,
      })
    })
    return new WorkflowResponse(run)
  }
)
