import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { grantPointsBonusWorkflow } from "../../../../../../workflows/member-points"
import { entryResponse } from "../../../../../utils/points-response"
import type { AdminGrantBonusType } from "../../../../points-program/validators"
import { ensureCustomer } from "../ensure-customer"

/** Grants a review bonus (once per reference), at the program's amount unless given. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminGrantBonusType>,
  res: MedusaResponse
) => {
  const { kind, reference_id, points, reason } = req.validatedBody
  await ensureCustomer(req.scope, req.params.customer_id)
  const { result } = await grantPointsBonusWorkflow(req.scope).run({
    input: {
      grants: [
        {
          customer_id: req.params.customer_id,
          kind,
          reference_id,
          points,
          reason: reason ?? null,
          actor_id: req.auth_context.actor_id,
        },
      ],
    },
  })
  res.json({
    entry: result[0] ? entryResponse(result[0]) : null,
    created: result.length > 0,
  })
}
