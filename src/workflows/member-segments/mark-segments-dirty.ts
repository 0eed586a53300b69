import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { markSegmentsDirtyWorkflowId } from "../workflow-ids"
import { markSegmentsDirtyStep } from "./steps/mark-segments-dirty"

/** Queues members for the debounced segment refresh (stored, so restarts lose nothing). */
export const markSegmentsDirtyWorkflow = createWorkflow(
  markSegmentsDirtyWorkflowId,
  (input: WorkflowData<{ customer_ids: string[] }>) => {
    const marked = markSegmentsDirtyStep(input.customer_ids)
    return new WorkflowResponse(marked)
  }
)
