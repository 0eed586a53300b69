import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type { RuleNode } from "../../../modules/member-segment/rules/types"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"

export const refreshSegmentMembersStepId = "refresh-member-segment-members"

export type RefreshSegmentMembersStepInput = {
  segment_id: string
  /** Only re-examine these members (after their metrics changed); else everyone. */
  customer_ids?: string[]
}

/**
 * Re-reads the segment (under the caller's lock) and writes only entries and
 * exits. Compensation undoes exactly that diff.
 */
export const refreshSegmentMembersStep = createStep(
  refreshSegmentMembersStepId,
  async (
    { segment_id, customer_ids }: RefreshSegmentMembersStepInput,
    { container }
  ) => {
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    const segment = await segments.retrieveSegment(segment_id)
    const diff = await segments.refreshSegmentMembers(
      segment.id,
      segment.rule as unknown as RuleNode,
      { customer_ids }
    )
    return new StepResponse(diff, {
      segment_id,
      entered: diff.entered,
      exited: diff.exited,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    await segments.revertSegmentDiff(undo.segment_id, undo)
  }
)
