import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"
import type { SegmentInput } from "../types"

export const updateSegmentStepId = "update-member-segment-step"

export type UpdateSegmentStepInput = { id: string } & Partial<SegmentInput>

type Snapshot = {
  id: string
  name: string
  description: string | null
  rule: unknown
  preset: string | null
  preset_params: unknown
}

const write = async (
  segments: MemberSegmentModuleService,
  { id, name, description, rule, preset, preset_params }: Snapshot
) => {
  await segments.updateSegments({ id, name, description })
  await segments.replaceSegmentRule(id, { rule, preset, preset_params })
}

/** Writes the given fields; compensation writes the whole previous version back. */
export const updateSegmentStep = createStep(
  updateSegmentStepId,
  async (input: UpdateSegmentStepInput, { container }) => {
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    const before = await segments.retrieveSegment(input.id)
    const previous: Snapshot = {
      id: before.id,
      name: before.name,
      description: before.description,
      rule: before.rule,
      preset: before.preset,
      preset_params: before.preset_params,
    }
    const ruleChanged = input.rule !== undefined
    await write(segments, {
      id: input.id,
      name: input.name ?? before.name,
      description:
        input.description !== undefined
          ? input.description
          : before.description,
      rule: ruleChanged ? input.rule : before.rule,
      preset: ruleChanged ? (input.preset ?? null) : before.preset,
      preset_params: ruleChanged
        ? (input.preset_params ?? null)
        : before.preset_params,
    })
    const segment = await segments.retrieveSegment(input.id)
    return new StepResponse(segment, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    await write(segments, previous)
  }
)
