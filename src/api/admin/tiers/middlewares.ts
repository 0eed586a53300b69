import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { TierPolicy } from "../../../policies/tier"
import {
  AdminDeleteTierParams,
  AdminPreviewTiers,
  AdminSetMemberTier,
  AdminTier,
  AdminTierPrices,
} from "./validators"

// "/admin/tiers/:id" would also match ".../preview": the tier routes exclude it.
const TIER = /^\/admin\/tiers\/(?!preview$)[^/]+$/

export const adminTiersMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/tiers", policies: [TierPolicy.read] },
  {
    method: ["POST"],
    matcher: "/admin/tiers",
    middlewares: [validateAndTransformBody(AdminTier)],
    policies: [TierPolicy.update],
  },
  {
    method: ["POST"],
    matcher: "/admin/tiers/preview",
    middlewares: [validateAndTransformBody(AdminPreviewTiers)],
    policies: [TierPolicy.read],
  },
  { method: ["GET"], matcher: TIER, policies: [TierPolicy.read] },
  {
    method: ["POST"],
    matcher: TIER,
    middlewares: [validateAndTransformBody(AdminTier)],
    policies: [TierPolicy.update],
  },
  {
    method: ["DELETE"],
    matcher: TIER,
    middlewares: [validateAndTransformQuery(AdminDeleteTierParams, {})],
    policies: [TierPolicy.update],
  },
  {
    method: ["GET"],
    matcher: "/admin/tiers/:id/prices",
    policies: [TierPolicy.read],
  },
  {
    method: ["POST"],
    matcher: "/admin/tiers/:id/prices",
    middlewares: [validateAndTransformBody(AdminTierPrices)],
    policies: [TierPolicy.update],
  },
  {
    method: ["GET"],
    matcher: "/admin/members/:customer_id/tier",
    policies: [TierPolicy.read],
  },
  {
    method: ["POST"],
    matcher: "/admin/members/:customer_id/tier",
    middlewares: [validateAndTransformBody(AdminSetMemberTier)],
    policies: [TierPolicy.update],
  },
]
