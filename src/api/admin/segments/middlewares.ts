import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { SegmentPolicy } from "../../../policies/segment"
import {
  AdminCreateSegment,
  AdminExplainSegmentParams,
  AdminListSegmentsParams,
  AdminPreviewSegment,
  AdminSegmentFieldValuesParams,
  AdminSegmentMembersParams,
  AdminSegmentPresetsParams,
  AdminUpdateSegment,
} from "./validators"

export const adminSegmentsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/segments",
    middlewares: [validateAndTransformQuery(AdminListSegmentsParams, {})],
    policies: [SegmentPolicy.read],
  },
  {
    method: ["POST"],
    matcher: "/admin/segments",
    middlewares: [validateAndTransformBody(AdminCreateSegment)],
    policies: [SegmentPolicy.create],
  },
  {
    method: ["POST"],
    matcher: "/admin/segments/preview",
    middlewares: [validateAndTransformBody(AdminPreviewSegment)],
    policies: [SegmentPolicy.read],
  },
  {
    method: ["GET"],
    matcher: "/admin/segments/fields",
    policies: [SegmentPolicy.read],
  },
  {
    method: ["GET"],
    matcher: "/admin/segments/fields/:key/values",
    middlewares: [validateAndTransformQuery(AdminSegmentFieldValuesParams, {})],
    policies: [SegmentPolicy.read],
  },
  {
    method: ["GET"],
    matcher: "/admin/segments/presets",
    middlewares: [validateAndTransformQuery(AdminSegmentPresetsParams, {})],
    policies: [SegmentPolicy.read],
  },
  {
    method: ["GET"],
    matcher: "/admin/segments/:id",
    policies: [SegmentPolicy.read],
  },
  {
    method: ["POST"],
    matcher: "/admin/segments/:id",
    middlewares: [validateAndTransformBody(AdminUpdateSegment)],
    policies: [SegmentPolicy.update],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/segments/:id",
    policies: [SegmentPolicy.delete],
  },
  {
    method: ["GET"],
    matcher: "/admin/segments/:id/members",
    middlewares: [validateAndTransformQuery(AdminSegmentMembersParams, {})],
    policies: [SegmentPolicy.read],
  },
  {
    method: ["GET"],
    matcher: "/admin/segments/:id/explain",
    middlewares: [validateAndTransformQuery(AdminExplainSegmentParams, {})],
    policies: [SegmentPolicy.read],
  },
  {
    method: ["POST"],
    matcher: "/admin/segments/:id/refresh",
    policies: [SegmentPolicy.update],
  },
  {
    method: ["GET"],
    matcher: "/admin/members/:customer_id/segments",
    policies: [SegmentPolicy.read],
  },
]
