import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { newLockOwnerStep } from "../member-data/steps/new-lock-owner"
import { deleteSegmentWorkflowId } from "../workflow-ids"
import { segmentLockKey } from "./lock-keys"
import { deleteSegmentStep } from "./steps/delete-segment"

export const deleteSegmentWorkflow = createWorkflow(
  deleteSegmentWorkflowId,
  (input: WorkflowData<{ id: string }>) => {
    const key = transform({ input }, ({ input }) => segmentLockKey(input.id))
    const owner = newLockOwnerStep()
    acquireLockStep({ key, ownerId: owner, timeout: 120, ttl: 300 })
    const id = deleteSegmentStep(input.id)
    releaseLockStep({ key, ownerId: owner })
    return new WorkflowResponse(id)
  }
)
