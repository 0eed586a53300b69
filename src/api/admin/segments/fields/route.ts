import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { FIELD_CATALOGUE } from "../../../../modules/member-segment/rules/catalogue"
import {
  MAX_RULE_CONDITIONS,
  MAX_RULE_DEPTH,
} from "../../../../modules/member-segment/rules/types"
import { membershipCurrency } from "../helpers"

/** The field catalogue rules are written against, and the currency money fields are in. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const fields = Object.values(FIELD_CATALOGUE).map(
    ({ column: _column, ...field }) => field
  )
  res.json({
    fields,
    limits: { max_depth: MAX_RULE_DEPTH, max_conditions: MAX_RULE_CONDITIONS },
    currency_code: await membershipCurrency(req.scope),
  })
}
