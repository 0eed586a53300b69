import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"

export const ensureBackfillRunStepId = "ensure-member-backfill-run"

/** The active run if there is one, else a new pending run (never two at once). */
export const ensureBackfillRunStep = createStep(
  ensureBackfillRunStepId,
  async (_: void, { container }) => {
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    const { run, created } = await segments.startBackfill()
    return new StepResponse({ run, created }, created ? run.id : null)
  },
  async (createdId: string | null | undefined, { container }) => {
    if (!createdId) return
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    await segments.deleteMemberBackfills(createdId)
  }
)
