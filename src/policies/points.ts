import { definePolicies } from "@medusajs/framework/utils"

/** RBAC resource of the points admin routes. */
export const POINTS_RESOURCE = "member_points"

export const pointsPolicies = definePolicies([
  {
    name: "ReadMemberPoints",
    resource: POINTS_RESOURCE,
    operation: "read",
    description: "Read members' points, the program and the points liability",
  },
  {
    name: "AdjustMemberPoints",
    resource: POINTS_RESOURCE,
    operation: "adjust",
    description: "Credit or debit a member's points and grant bonuses",
  },
  {
    name: "UpdatePointsProgram",
    resource: POINTS_RESOURCE,
    operation: "update",
    description: "Change the points program's rates and bonuses",
  },
])

export const PointsPolicy = {
  read: { resource: POINTS_RESOURCE, operation: "read" },
  adjust: { resource: POINTS_RESOURCE, operation: "adjust" },
  update: { resource: POINTS_RESOURCE, operation: "update" },
}
