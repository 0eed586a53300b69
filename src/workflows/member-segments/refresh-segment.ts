import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { newLockOwnerStep } from "../member-data/steps/new-lock-owner"
import { refreshSegmentWorkflowId } from "../workflow-ids"
import { segmentLockKey } from "./lock-keys"
import {
  SEGMENT_ENTERED,
  SEGMENT_EXITED,
  segmentDiffEvents,
} from "./segment-events"
import {
  refreshSegmentMembersStep,
  type RefreshSegmentMembersStepInput,
} from "./steps/refresh-segment-members"

export type RefreshSegmentWorkflowInput = RefreshSegmentMembersStepInput

/**
 * Refreshes one segment's stored members by diff under the segment's lock
 * (concurrent refreshes queue), then announces who entered and who left.
 * A rerun with nothing changed writes and emits nothing.
 */
export const refreshSegmentWorkflow = createWorkflow(
  refreshSegmentWorkflowId,
  (input: WorkflowData<RefreshSegmentWorkflowInput>) => {
    const key = transform({ input }, ({ input }) =>
      segmentLockKey(input.segment_id)
    )
    const owner = newLockOwnerStep()
    acquireLockStep({ key, ownerId: owner, timeout: 120, ttl: 300 })
    const diff = refreshSegmentMembersStep(input)
    releaseLockStep({ key, ownerId: owner })
    const events = transform({ input, diff }, ({ input, diff }) =>
      segmentDiffEvents(input.segment_id, diff)
    )
    when({ events }, ({ events }) => events.entered.length > 0).then(() => {
      emitEventStep({
        eventName: SEGMENT_ENTERED,
        data: events.entered,
      }).config({
        name: "emit-segment-entered",
      })
    })
    when({ events }, ({ events }) => events.exited.length > 0).then(() => {
      emitEventStep({ eventName: SEGMENT_EXITED, data: events.exited }).config({
        name: "emit-segment-exited",
      })
    })
    return new WorkflowResponse(diff)
  }
)
