import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createSegmentWorkflowId } from "../workflow-ids"
import { refreshSegmentWorkflow } from "./refresh-segment"
import { createSegmentStep } from "./steps/create-segment"
import type { SegmentInput } from "./types"

/** Saves a segment and materialises its members; a failed refresh removes the segment again. */
export const createSegmentWorkflow = createWorkflow(
  createSegmentWorkflowId,
  (input: WorkflowData<SegmentInput>) => {
    const segment = createSegmentStep(input)
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
