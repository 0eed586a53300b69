import { definePolicies } from "@medusajs/framework/utils"

/** RBAC resource of the tier ladder admin routes (and a member's tier). */
export const TIER_RESOURCE = "member_tier"

export const tierPolicies = definePolicies([
  {
    name: "ReadMemberTier",
    resource: TIER_RESOURCE,
    operation: "read",
    description:
      "See the tier ladder, member prices, what-if previews and members' tier history",
  },
  {
    name: "UpdateMemberTier",
    resource: TIER_RESOURCE,
    operation: "update",
    description:
      "Create, edit and delete tiers, their member prices, and pin members to a tier",
  },
])

export const TierPolicy = {
  read: { resource: TIER_RESOURCE, operation: "read" },
  update: { resource: TIER_RESOURCE, operation: "update" },
}
