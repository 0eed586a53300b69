import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberTierModuleService from "../../../modules/member-tier/service"
import {
  membershipFromCustomer,
  type CustomerSnapshot,
} from "../member-profile"

export const ensureMembershipsStepId = "ensure-memberships"

/** Creates the missing memberships; existing ones are never overwritten. */
export const ensureMembershipsStep = createStep(
  ensureMembershipsStepId,
  async (customers: CustomerSnapshot[], { container }) => {
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    const customerIds = customers.map((customer) => customer.id)
    const existing = customerIds.length
      ? await tiers.listMemberships(
          { customer_id: customerIds },
          { select: ["id", "customer_id"] }
        )
      : []
    const known = new Set(existing.map((membership) => membership.customer_id))
    const memberships = await tiers.ensureMemberships(
      customers.map(membershipFromCustomer)
    )
    const createdIds = memberships
      .filter((membership) => !known.has(membership.customer_id))
      .map((membership) => membership.id)
    return new StepResponse(memberships, createdIds)
  },
  async (createdIds: string[] | undefined, { container }) => {
    if (!createdIds?.length) return
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    await tiers.deleteMemberships(createdIds)
  }
)
