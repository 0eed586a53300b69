import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { fieldDefinition } from "../../../modules/member-segment/rules/catalogue"
import { describeMiss } from "../../../modules/member-segment/rules/describe"
import {
  evaluateRule,
  nearestMiss,
} from "../../../modules/member-segment/rules/evaluate"
import type { RuleNode } from "../../../modules/member-segment/rules/types"
import { membershipCurrency, ruleSummary, segmentService } from "./helpers"

/** Why a member is or is not matched by a rule: each condition with its expected and actual value. */
export async function explainRule(
  scope: MedusaContainer,
  rule: RuleNode,
  customerId: string
) {
  const now = new Date()
  const records = await segmentService(scope).loadMemberRecords(
    [customerId],
    now
  )
  const record = records.get(customerId)
  if (!record) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Member with customer id: ${customerId} was not found`
    )
  }
  const currency = (await membershipCurrency(scope)) ?? record.currency_code
  const evaluation = evaluateRule(rule, record, now)
  const miss = evaluation.pass ? null : nearestMiss(evaluation)
  return {
    customer_id: customerId,
    matches: evaluation.pass,
    summary: ruleSummary(rule, currency),
    conditions: evaluation.conditions.map(
      ({ gap: _gap, bound: _bound, ...condition }) => ({
        ...condition,
        label: fieldDefinition(condition.field)?.label,
      })
    ),
    nearest_miss: miss && {
      path: miss.path,
      field: miss.field,
      text: {
        en: describeMiss(miss, { language: "en", currency }),
        zh: describeMiss(miss, { language: "zh", currency }),
      },
    },
    evaluated_at: now,
  }
}
