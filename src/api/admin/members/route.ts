import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"
import type { MemberSortField } from "../../../modules/member-segment/types"
import { membersForMetrics } from "../../utils/load-members"
import type { AdminListMembersParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListMembersParamsType>,
  res: MedusaResponse
) => {
  const { offset, limit, order, ...filters } = req.validatedQuery
  const field = order.replace(/^-/, "") as MemberSortField
  const segments: MemberSegmentModuleService = req.scope.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const [rows, count] = await segments.listMembers(filters, {
    skip: offset,
    take: limit,
    order: { [field]: order.startsWith("-") ? "DESC" : "ASC" },
  })
  const members = await membersForMetrics(req.scope, rows)
  res.json({ members, count, offset, limit })
}
