import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { RuleNode } from "../../../../../modules/member-segment/rules/types"
import { explainRule } from "../../../segments/explain"
import { segmentService } from "../../../segments/helpers"

/** The saved segments a member is in, each with why. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const customerId = req.params.customer_id
  const rows = await segmentService(req.scope).listSegmentsOfMember(customerId)
  const segments = []
  for (const row of rows) {
    const explanation = await explainRule(
      req.scope,
      row.rule as RuleNode,
      customerId
    )
    segments.push({
      id: row.id,
      name: row.name,
      preset: row.preset,
      count: row.last_count,
      computed_at: row.computed_at,
      entered_at: row.entered_at,
      summary: explanation.summary,
      matches_now: explanation.matches,
      conditions: explanation.conditions,
    })
  }
  res.json({ segments })
}
