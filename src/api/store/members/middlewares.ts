import {
  authenticate,
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { StoreUpdateMember } from "./validators"

export const storeMembersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET", "POST"],
    matcher: "/store/members/me",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["POST"],
    matcher: "/store/members/me",
    middlewares: [validateAndTransformBody(StoreUpdateMember)],
  },
]
