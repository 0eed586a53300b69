import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"
import type { MemberProfileInput } from "../../../modules/member-segment/types"

export const syncMemberProfilesStepId = "sync-member-profiles"

/** Copies profile fields next to the metrics; a copy, so a rerun repairs it. */
export const syncMemberProfilesStep = createStep(
  syncMemberProfilesStepId,
  async (profiles: MemberProfileInput[], { container }) => {
    if (profiles.length) {
      const segments: MemberSegmentModuleService = container.resolve(
        MEMBER_SEGMENT_MODULE
      )
      await segments.syncProfiles(profiles)
    }
    return new StepResponse(profiles.length)
  }
)
