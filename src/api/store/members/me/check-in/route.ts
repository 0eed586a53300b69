import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { checkInMemberWorkflow } from "../../../../../workflows/member-points"
import { ensureSignedInMember } from "../../../../utils/signed-in-member"

/** Today's check-in (store time zone): the bonus once a day, and the streak. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await ensureSignedInMember(req.scope, req.auth_context.actor_id)
  const { result } = await checkInMemberWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id },
  })
  res.json({ check_in: result })
}
