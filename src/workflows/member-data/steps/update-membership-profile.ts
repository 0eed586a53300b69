import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberTierModuleService from "../../../modules/member-tier/service"
import type {
  ProfileActor,
  UpdateProfileInput,
} from "../../../modules/member-tier/types"
import type { ProfileState } from "../../../modules/member-tier/utils"

export type UpdateMembershipProfileStepInput = UpdateProfileInput & {
  customer_id: string
  actor: ProfileActor
}

type Undo = { membership_id: string; previous: Partial<ProfileState> }

export const updateMembershipProfileStepId = "update-membership-profile"

/** The undo holds what the locked update replaced: only the fields it changed. */
export const updateMembershipProfileStep = createStep(
  updateMembershipProfileStepId,
  async (
    { customer_id, actor, ...changes }: UpdateMembershipProfileStepInput,
    { container }
  ) => {
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    const { membership, previous } = await tiers.updateProfile(
      customer_id,
      changes,
      { actor }
    )
    return new StepResponse<typeof membership, Undo>(membership, {
      membership_id: membership.id,
      previous,
    })
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    await tiers.restoreProfile(undo.membership_id, undo.previous)
  }
)
