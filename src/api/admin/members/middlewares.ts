import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminListMembersParams, AdminUpdateMember } from "./validators"

export const adminMembersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/members",
    middlewares: [validateAndTransformQuery(AdminListMembersParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/members/:customer_id",
    middlewares: [validateAndTransformBody(AdminUpdateMember)],
  },
]
