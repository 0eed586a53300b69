import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { RuleNode } from "../../../../../modules/member-segment/rules/types"
import { explainRule } from "../../explain"
import { loadSegment } from "../../helpers"
import type { AdminExplainSegmentParamsType } from "../../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminExplainSegmentParamsType>,
  res: MedusaResponse
) => {
  const segment = await loadSegment(req.scope, req.params.id)
  const explanation = await explainRule(
    req.scope,
    segment.rule as unknown as RuleNode,
    req.validatedQuery.customer_id
  )
  res.json({ explanation: { segment_id: segment.id, ...explanation } })
}
