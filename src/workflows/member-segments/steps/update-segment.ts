import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"
import type { SegmentInput } from "../types"

export const updateSegmentStepId = "update-member-segment"

export type UpdateSegmentStepInput = { id: string } & Partial<SegmentInput>

const EDITABLE = [
  "name",
  "description",
  "rule",
  "preset",
  "preset_params",
] as const

export const updateSegmentStep = createStep(
  updateSegmentStepId,
  async (input: UpdateSegmentStepInput, { container }) => {
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    const before = await segments.retrieveSegment(input.id)
    const changes = Object.fromEntries(
      EDITABLE.filter((key) => input[key] !== undefined).map((key) => [
        key,
        input[key],
      ])
    )
    await segments.updateSegments({
      id: input.id,
      ...changes,
    } as unknown as Parameters<typeof segments.updateSegments>[0])
    const segment = await segments.retrieveSegment(input.id)
    const previous = Object.fromEntries(
      EDITABLE.map((key) => [key, before[key]])
    )
    return new StepResponse(segment, { id: input.id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    await segments.updateSegments(
      previous as unknown as Parameters<typeof segments.updateSegments>[0]
    )
  }
)
