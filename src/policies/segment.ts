import { definePolicies } from "@medusajs/framework/utils"

/** RBAC resource of the segment admin routes. */
export const SEGMENT_RESOURCE = "member_segment"

export const segmentPolicies = definePolicies([
  {
    name: "ReadMemberSegment",
    resource: SEGMENT_RESOURCE,
    operation: "read",
    description: "Read segments, their members and explanations, preview rules",
  },
  {
    name: "CreateMemberSegment",
    resource: SEGMENT_RESOURCE,
    operation: "create",
    description: "Save new segments",
  },
  {
    name: "UpdateMemberSegment",
    resource: SEGMENT_RESOURCE,
    operation: "update",
    description: "Edit and refresh segments",
  },
  {
    name: "DeleteMemberSegment",
    resource: SEGMENT_RESOURCE,
    operation: "delete",
    description: "Delete segments",
  },
])

export const SegmentPolicy = {
  read: { resource: SEGMENT_RESOURCE, operation: "read" },
  create: { resource: SEGMENT_RESOURCE, operation: "create" },
  update: { resource: SEGMENT_RESOURCE, operation: "update" },
  delete: { resource: SEGMENT_RESOURCE, operation: "delete" },
}
