import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"
import type { MemberTierInput } from "../../../modules/member-segment/types"

export type SetMetricsTiersStepInput = {
  rows: MemberTierInput[]
  /** The same members' columns before, restored on compensation. */
  previous: MemberTierInput[]
}

export const setMetricsTiersStepId = "set-member-metrics-tiers"

/** Copies each moved member's tier into the metrics segments filter on. */
export const setMetricsTiersStep = createStep(
  setMetricsTiersStepId,
  async (input: SetMetricsTiersStepInput, { container }) => {
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    await segments.setMemberTiers(input.rows)
    return new StepResponse(undefined, input.previous)
  },
  async (previous: MemberTierInput[] | undefined, { container }) => {
    if (!previous?.length) return
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    await segments.setMemberTiers(previous)
  }
)
