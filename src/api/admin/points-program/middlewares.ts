import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { PointsPolicy } from "../../../policies/points"
import {
  AdminAdjustPoints,
  AdminGrantBonus,
  AdminUpdatePointsProgram,
  LiabilityParams,
  ListEntriesParams,
  StoreCartPoints,
} from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const pointsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/points-program",
    policies: [PointsPolicy.read],
  },
  {
    method: ["POST"],
    matcher: "/admin/points-program",
    middlewares: [validateAndTransformBody(AdminUpdatePointsProgram)],
    policies: [PointsPolicy.update],
  },
  {
    method: ["GET"],
    matcher: "/admin/points/liability",
    middlewares: [validateAndTransformQuery(LiabilityParams, {})],
    policies: [PointsPolicy.read],
  },
  {
    method: ["GET"],
    matcher: "/admin/orders/:id/points",
    policies: [PointsPolicy.read],
  },
  {
    method: ["GET"],
    matcher: "/admin/members/:customer_id/points",
    middlewares: [validateAndTransformQuery(ListEntriesParams, {})],
    policies: [PointsPolicy.read],
  },
  {
    method: ["POST"],
    matcher: "/admin/members/:customer_id/points/adjust",
    middlewares: [validateAndTransformBody(AdminAdjustPoints)],
    policies: [PointsPolicy.adjust],
  },
  {
    method: ["POST"],
    matcher: "/admin/members/:customer_id/points/bonus",
    middlewares: [validateAndTransformBody(AdminGrantBonus)],
    policies: [PointsPolicy.adjust],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/points",
    middlewares: [customer, validateAndTransformBody(StoreCartPoints)],
  },
  {
    method: ["DELETE"],
    matcher: "/store/carts/:id/points",
    middlewares: [customer],
  },
  {
    method: ["GET"],
    matcher: "/store/members/me/points",
    middlewares: [customer, validateAndTransformQuery(ListEntriesParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/store/members/me/check-in",
    middlewares: [customer],
  },
]
