import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { MEMBER_SEGMENT_MODULE } from "../../module-keys"
import type MemberSegmentModuleService from "../../modules/member-segment/service"
import { rescoreRfmWorkflowId } from "../workflow-ids"

/** Derived scores: a rerun changes nothing, so there is nothing to compensate. */
const rescoreRfmStep = createStep(
  "rescore-member-rfm",
  async (_: void, { container }) => {
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    const changed = await segments.rescoreRfm()
    return new StepResponse(changed.length)
  }
)

/** Recomputes the RFM cutoffs over all buyers and rescores everyone (set-based). */
export const rescoreRfmWorkflow = createWorkflow(rescoreRfmWorkflowId, () => {
  return new WorkflowResponse(rescoreRfmStep())
})
