import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_SEGMENT_MODULE, MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"
import type MemberTierModuleService from "../../../modules/member-tier/service"

export const eraseDeletedMembersStepId = "erase-deleted-members"

/**
 * Erases the member data of customers that no longer exist and returns those
 * that had any. Erasure is final and idempotent, so it has no compensation: it
 * runs last, and a rerun converges.
 */
export const eraseDeletedMembersStep = createStep(
  eraseDeletedMembersStepId,
  async (customerIds: string[], { container }) => {
    if (!customerIds.length) {
      return new StepResponse([] as string[])
    }
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    const [analytics, memberships] = await Promise.all([
      segments.eraseCustomers(customerIds),
      tiers.eraseMemberships(customerIds),
    ])
    return new StepResponse([...new Set([...analytics, ...memberships])])
  }
)
