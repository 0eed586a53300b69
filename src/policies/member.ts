import { definePolicies } from "@medusajs/framework/utils"

/** RBAC resource of the member admin routes. */
export const MEMBER_RESOURCE = "member"

/** Reading members, editing their profile, and running the member data backfill. */
export const memberPolicies = definePolicies([
  {
    name: "ReadMember",
    resource: MEMBER_RESOURCE,
    operation: "read",
    description: "Read members, their metrics and the backfill status",
  },
  {
    name: "UpdateMember",
    resource: MEMBER_RESOURCE,
    operation: "update",
    description: "Edit a member's tags, birthday and consents",
  },
  {
    name: "BackfillMember",
    resource: MEMBER_RESOURCE,
    operation: "backfill",
    description: "Start the member data backfill",
  },
])

export const MemberPolicy = {
  read: { resource: MEMBER_RESOURCE, operation: "read" },
  update: { resource: MEMBER_RESOURCE, operation: "update" },
  backfill: { resource: MEMBER_RESOURCE, operation: "backfill" },
}
