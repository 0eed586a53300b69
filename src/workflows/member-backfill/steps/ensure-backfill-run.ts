import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"

export const ensureBackfillRunStepId = "ensure-member-backfill-run"

/** The active run if there is one, else a new pending run. */
export const ensureBackfillRunStep = createStep(
  ensureBackfillRunStepId,
  async (_: void, { container }) => {
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    const [active] = await segments.listMemberBackfills(
      { status: ["pending", "running"] },
      { order: { created_at: "DESC" }, take: 1 }
    )
    if (active) {
      return new StepResponse({ run: active, created: false }, null)
    }
    const run = await segments.createMemberBackfills({})
    return new StepResponse({ run, created: true }, run.id)
  },
  async (createdId: string | null | undefined, { container }) => {
    if (!createdId) return
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    await segments.deleteMemberBackfills(createdId)
  }
)
