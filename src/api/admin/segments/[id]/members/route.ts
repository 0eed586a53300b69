import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { loadSegment, segmentService } from "../../helpers"
import type { AdminSegmentMembersParamsType } from "../../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminSegmentMembersParamsType>,
  res: MedusaResponse
) => {
  const { offset, limit } = req.validatedQuery
  const segment = await loadSegment(req.scope, req.params.id)
  const [members, count] = await segmentService(
    req.scope
  ).listSegmentMemberPage(segment.id, {
    skip: offset,
    take: limit,
  })
  res.json({ members, count, offset, limit, computed_at: segment.computed_at })
}
