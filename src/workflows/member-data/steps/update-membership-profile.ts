import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberTierModuleService from "../../../modules/member-tier/service"
import type {
  MembershipDTO,
  ProfileActor,
  UpdateProfileInput,
} from "../../../modules/member-tier/types"

export type UpdateMembershipProfileStepInput = UpdateProfileInput & {
  customer_id: string
  actor: ProfileActor
}

export const updateMembershipProfileStepId = "update-membership-profile"

export const updateMembershipProfileStep = createStep(
  updateMembershipProfileStepId,
  async (
    { customer_id, actor, ...changes }: UpdateMembershipProfileStepInput,
    { container }
  ) => {
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    const [previous] = await tiers.listMemberships({ customer_id })
    const updated = await tiers.updateProfile(customer_id, changes, { actor })
    return new StepResponse(updated, previous)
  },
  async (previous: MembershipDTO | undefined, { container }) => {
    if (!previous) return
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    await tiers.updateMemberships({
      id: previous.id,
      birthday: previous.birthday,
      birthday_set_by: previous.birthday_set_by,
      tags: previous.tags,
      email_consent: previous.email_consent,
      email_consent_at: previous.email_consent_at,
      sms_consent: previous.sms_consent,
      sms_consent_at: previous.sms_consent_at,
      locale: previous.locale,
    })
  }
)
