import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { orderFactLockKeys } from "./lock-keys"
import { loadOrderFactsStep } from "./steps/load-order-facts"
import { newLockOwnerStep } from "./steps/new-lock-owner"
import { resolveMembershipCurrencyStep } from "./steps/resolve-membership-currency"
import {
  resolveOrderIdsStep,
  type ResolveOrderIdsInput,
} from "./steps/resolve-order-ids"
import { upsertOrderFactsStep } from "./steps/upsert-order-facts"
import { syncMembersWorkflow } from "./sync-members"
import { refreshOrderFactsWorkflowId } from "../workflow-ids"

export type RefreshOrderFactsWorkflowInput = ResolveOrderIdsInput & {
  /** Sync the customers' members afterwards (default); the backfill derives them at once later. */
  sync_members?: boolean
}

/**
 * Re-reads the orders behind an event (by order, payment or fulfillment id), stores
 * them as facts and syncs their customers' members. Each order is read and written
 * under its own lock, so of two events about one order the later read always wins;
 * replaying an event rewrites the same facts and changes nothing. Hooks:
 * `factsLoaded` (the orders were read) and `factsRecorded` (facts and members are
 * written); a hook that throws rolls the whole refresh back.
 */
export const refreshOrderFactsWorkflow = createWorkflow(
  refreshOrderFactsWorkflowId,
  (input: WorkflowData<RefreshOrderFactsWorkflowInput>) => {
    const orderIds = resolveOrderIdsStep(input)
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
    const factsLoaded = createHook("factsLoaded", { facts })
    const currencyCode = resolveMembershipCurrencyStep()
    const customerIds = upsertOrderFactsStep({
      facts,
      currency_code: currencyCode,
    })
    const members = when(
      { input },
      ({ input }) => input.sync_members !== false
    ).then(() =>
      syncMembersWorkflow.runAsStep({ input: { customer_ids: customerIds } })
    )
    const factsRecorded = createHook("factsRecorded", {
      order_ids: orderIds,
      customer_ids: customerIds,
    })
    releaseLockStep({ key: lockKeys, ownerId: lockOwner })
    const result = transform(
      { orderIds, customerIds, members },
      ({ orderIds, customerIds, members }) => ({
        order_ids: orderIds,
        customer_ids: customerIds,
        stage_changes: members?.stage_changes ?? [],
      })
    )
    return new WorkflowResponse(result, { hooks: [factsLoaded, factsRecorded] })
  }
)
