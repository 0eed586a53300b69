import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"
import type { MemberProfileInput } from "../../../modules/member-segment/types"

export const syncMemberProfilesStepId = "sync-member-profiles"

/** Copies profile fields next to the metrics; the undo writes back the copies it replaced. */
export const syncMemberProfilesStep = createStep(
  syncMemberProfilesStepId,
  async (profiles: MemberProfileInput[], { container }) => {
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    const previous = await segments.syncProfiles(profiles)
    return new StepResponse(previous.length, previous)
  },
  async (previous: MemberProfileInput[] | undefined, { container }) => {
    if (!previous?.length) return
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    await segments.syncProfiles(previous)
  }
)
