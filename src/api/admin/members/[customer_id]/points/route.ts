import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { loadMemberPoints } from "../../../../utils/load-member-points"
import type { ListEntriesParamsType } from "../../../points-program/validators"
import { ensureCustomer } from "./ensure-customer"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ListEntriesParamsType>,
  res: MedusaResponse
) => {
  await ensureCustomer(req.scope, req.params.customer_id)
  res.json(
    await loadMemberPoints(
      req.scope,
      req.params.customer_id,
      req.validatedQuery
    )
  )
}
