import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"

export const rebuildAllMetricsStepId = "rebuild-all-member-metrics"

/** Every customer's metrics from facts in one statement; derived data, nothing to undo. */
export const rebuildAllMetricsStep = createStep(
  rebuildAllMetricsStepId,
  async (currencyCode: string, { container }) => {
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    return new StepResponse(await segments.rebuildAllMetrics(currencyCode))
  }
)
