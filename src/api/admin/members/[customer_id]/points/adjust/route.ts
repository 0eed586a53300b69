import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { generateEntityId } from "@medusajs/framework/utils"
import { adjustMemberPointsWorkflow } from "../../../../../../workflows/member-points"
import { entryResponse } from "../../../../../utils/points-response"
import type { AdminAdjustPointsType } from "../../../../points-program/validators"
import { ensureCustomer } from "../ensure-customer"

/** Credits (points > 0) or debits an admin correction, with its reason and the admin recorded. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAdjustPointsType>,
  res: MedusaResponse
) => {
  const { points, reason, idempotency_key } = req.validatedBody
  await ensureCustomer(req.scope, req.params.customer_id)
  const { result } = await adjustMemberPointsWorkflow(req.scope).run({
    input: {
      customer_id: req.params.customer_id,
      points,
      reason,
      actor_id: req.auth_context.actor_id,
      reference_id: idempotency_key ?? generateEntityId(undefined, "adj"),
    },
  })
  res.json({ entry: result ? entryResponse(result) : null })
}
