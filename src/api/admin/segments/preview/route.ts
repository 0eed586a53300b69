import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { RuleNode } from "../../../../modules/member-segment/rules/types"
import {
  membershipCurrency,
  resolveRule,
  ruleSummary,
  segmentService,
} from "../helpers"
import type { AdminPreviewSegmentType } from "../validators"

/** Count, share of members, revenue share and a sample of a rule's audience, with the time it took. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPreviewSegmentType>,
  res: MedusaResponse
) => {
  const started = performance.now()
  const { sample_size, ...source } = req.validatedBody
  const { rule } = await resolveRule(req.scope, {
    ...source,
    rule: source.rule as RuleNode | undefined,
  })
  const [preview, currency] = await Promise.all([
    segmentService(req.scope).previewRule(rule, { limit: sample_size }),
    membershipCurrency(req.scope),
  ])
  res.json({
    preview: {
      ...preview,
      rule,
      summary: ruleSummary(rule, currency),
      currency_code: currency,
      took_ms: Math.round((performance.now() - started) * 10) / 10,
    },
  })
}
