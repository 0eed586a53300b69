import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { orderFactLockKeys } from "../member-data/lock-keys"
import { loadOrderFactsStep } from "../member-data/steps/load-order-facts"
import { newLockOwnerStep } from "../member-data/steps/new-lock-owner"
import { resolveMembershipCurrencyStep } from "../member-data/steps/resolve-membership-currency"
import { upsertOrderFactsStep } from "../member-data/steps/upsert-order-facts"

export const backfillOrderFactsWorkflowId = "backfill-member-order-facts"

/**
 * One page of the backfill's order phase: facts only; metrics are derived once
 * afterwards. The orders' locks keep a live event from interleaving with the page.
 */
export const backfillOrderFactsWorkflow = createWorkflow(
  backfillOrderFactsWorkflowId,
  (orderIds: WorkflowData<string[]>) => {
    const lockKeys = transform({ orderIds }, ({ orderIds }) =>
      orderFactLockKeys(orderIds)
    )
    const lockOwner = newLockOwnerStep()
    acquireLockStep({
      key: lockKeys,
      ownerId: lockOwner,
      timeout: 60,
      ttl: 120,
    })
    const facts = loadOrderFactsStep(orderIds)
    const currencyCode = resolveMembershipCurrencyStep()
    const customerIds = upsertOrderFactsStep({
      facts,
      currency_code: currencyCode,
    })
    releaseLockStep({ key: lockKeys, ownerId: lockOwner })
    return new WorkflowResponse(customerIds)
  }
)
