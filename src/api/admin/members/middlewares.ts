import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MemberPolicy } from "../../../policies/member"
import { AdminListMembersParams, AdminUpdateMember } from "./validators"

export const adminMembersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/members",
    middlewares: [validateAndTransformQuery(AdminListMembersParams, {})],
    policies: [MemberPolicy.read],
  },
  {
    method: ["GET"],
    matcher: "/admin/members/backfill",
    policies: [MemberPolicy.read],
  },
  {
    method: ["POST"],
    matcher: "/admin/members/backfill",
    policies: [MemberPolicy.backfill],
  },
  {
    method: ["GET"],
    matcher: "/admin/members/:customer_id",
    policies: [MemberPolicy.read],
  },
  {
    method: ["POST"],
    matcher: "/admin/members/:customer_id",
    middlewares: [validateAndTransformBody(AdminUpdateMember)],
    policies: [MemberPolicy.update],
  },
]
