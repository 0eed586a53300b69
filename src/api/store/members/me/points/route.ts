import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { loadMemberPoints } from "../../../../utils/load-member-points"
import { ensureSignedInMember } from "../../../../utils/signed-in-member"
import type { ListEntriesParamsType } from "../../../../admin/points-program/validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ListEntriesParamsType>,
  res: MedusaResponse
) => {
  await ensureSignedInMember(req.scope, req.auth_context.actor_id)
  res.json(
    await loadMemberPoints(
      req.scope,
      req.auth_context.actor_id,
      req.validatedQuery
    )
  )
}
