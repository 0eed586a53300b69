import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { loadOrderFactsStep } from "../member-data/steps/load-order-facts"
import { resolveMembershipCurrencyStep } from "../member-data/steps/resolve-membership-currency"
import { upsertOrderFactsStep } from "../member-data/steps/upsert-order-facts"

export const backfillOrderFactsWorkflowId = "backfill-member-order-facts"

/** One page of the backfill's order phase: facts only; metrics are derived once afterwards. */
export const backfillOrderFactsWorkflow = createWorkflow(
  backfillOrderFactsWorkflowId,
  (orderIds: WorkflowData<string[]>) => {
    const facts = loadOrderFactsStep(orderIds)
    const currencyCode = resolveMembershipCurrencyStep()
    const customerIds = upsertOrderFactsStep({
      facts,
      currency_code: currencyCode,
    })
    return new WorkflowResponse(customerIds)
  }
)
