import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"

export const deleteSegmentStepId = "delete-member-segment-step"

/** Soft-deletes a segment and drops its stored members; compensation restores both. */
export const deleteSegmentStep = createStep(
  deleteSegmentStepId,
  async (id: string, { container }) => {
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    await segments.retrieveSegment(id)
    await segments.softDeleteSegments(id)
    const members = await segments.clearSegmentMembers(id)
    return new StepResponse(id, { id, members })
  },
  async (deleted, { container }) => {
    if (!deleted) return
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    await segments.restoreSegments(deleted.id)
    await segments.revertSegmentDiff(deleted.id, {
      entered: [],
      exited: deleted.members,
    })
  }
)
