import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"

export const markSegmentsDirtyStepId = "mark-member-segments-dirty-step"

/** Idempotent (a mark is renewed, never duplicated): nothing to compensate. */
export const markSegmentsDirtyStep = createStep(
  markSegmentsDirtyStepId,
  async (customerIds: string[], { container }) => {
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    return new StepResponse(await segments.markSegmentsDirty(customerIds))
  }
)
