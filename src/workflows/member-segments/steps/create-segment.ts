import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"
import type { SegmentInput } from "../types"

export const createSegmentStepId = "create-member-segment-step"

export const createSegmentStep = createStep(
  createSegmentStepId,
  async (input: SegmentInput, { container }) => {
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    const segment = await segments.createSegments({
      name: input.name,
      description: input.description ?? null,
      rule: input.rule as unknown as Record<string, unknown>,
      preset: input.preset ?? null,
      preset_params: input.preset_params ?? null,
    })
    return new StepResponse(segment, segment.id)
  },
  async (id, { container }) => {
    if (!id) return
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    await segments.clearSegmentMembers(id)
    await segments.deleteSegments(id)
  }
)
