import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateSegmentWorkflowId } from "../workflow-ids"
import { refreshSegmentWorkflow } from "./refresh-segment"
import {
  updateSegmentStep,
  type UpdateSegmentStepInput,
} from "./steps/update-segment"

/** Edits a segment and refreshes its members against the (maybe new) rule. */
export const updateSegmentWorkflow = createWorkflow(
  updateSegmentWorkflowId,
  (input: WorkflowData<UpdateSegmentStepInput>) => {
    const segment = updateSegmentStep(input)
    const refreshInput = transform({ segment }, ({ segment }) => ({
      segment_id: segment.id,
    }))
    const diff = refreshSegmentWorkflow.runAsStep({ input: refreshInput })
    const result = transform({ segment, diff }, ({ segment, diff }) => ({
      id: segment.id,
      count: diff.count,
    }))
    return new WorkflowResponse(result)
  }
)
