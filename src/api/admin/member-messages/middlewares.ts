import {
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MessagePolicy } from "../../../policies/reminder"
import { AdminListMessagesParams } from "./validators"

export const adminMemberMessagesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/member-messages",
    middlewares: [validateAndTransformQuery(AdminListMessagesParams, {})],
    policies: [MessagePolicy.read],
  },
  {
    method: ["GET"],
    matcher: "/admin/member-messages/:id",
    policies: [MessagePolicy.read],
  },
]
