import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { listableField, listFieldValues } from "../../../field-values"
import type { AdminSegmentFieldValuesParamsType } from "../../../validators"

/** The values members hold for a text or tags field (e.g. their tags), with how many hold each. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminSegmentFieldValuesParamsType>,
  res: MedusaResponse
) => {
  const field = listableField(req.params.key)
  const values = await listFieldValues(req.scope, field, req.validatedQuery)
  res.json({ field: field.key, values })
}
