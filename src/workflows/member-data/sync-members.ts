import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { MembershipEvents } from "../../events"
import { membershipLockKeys } from "./lock-keys"
import { memberProfiles } from "./member-profile"
import { applyMemberStagesStep } from "./steps/apply-member-stages"
import { ensureMembershipsStep } from "./steps/ensure-memberships"
import { eraseDeletedMembersStep } from "./steps/erase-deleted-members"
import { loadCustomersStep } from "./steps/load-customers"
import { newLockOwnerStep } from "./steps/new-lock-owner"
import { refreshCustomerMetricsStep } from "./steps/refresh-customer-metrics"
import { resolveMembershipCurrencyStep } from "./steps/resolve-membership-currency"
import { syncMemberProfilesStep } from "./steps/sync-member-profiles"
import { syncMembersWorkflowId } from "../workflow-ids"

export type SyncMembersWorkflowInput = {
  customer_ids: string[]
  /** "missing": derive only customers without metrics; the backfill derives the rest at once. */
  metrics_scope?: "all" | "missing"
  /** Emit member events (default true); the backfill does not announce history. */
  emit_events?: boolean
}

/**
 * Brings members in line with their customers and facts: creates missing memberships,
 * re-derives metrics, moves lifecycle stages and refreshes the profile copy next to the
 * metrics; customers that no longer exist are erased. Emits `member.stage_changed`,
 * `member.metrics_changed` and `member.data_erased` for what changed. Idempotent.
 */
export const syncMembersWorkflow = createWorkflow(
  syncMembersWorkflowId,
  (input: WorkflowData<SyncMembersWorkflowInput>) => {
    // One sync per member at a time: a stale run must not write an older stage or copy.
    const lockKeys = transform({ input }, ({ input }) =>
      membershipLockKeys(input.customer_ids)
    )
    const lockOwner = newLockOwnerStep()
    acquireLockStep({
      key: lockKeys,
      ownerId: lockOwner,
      timeout: 30,
      ttl: 60,
      executeOnSubWorkflow: true,
    })
    const customers = loadCustomersStep(input.customer_ids)
    const memberships = ensureMembershipsStep(customers)
    const currencyCode = resolveMembershipCurrencyStep()
    const refreshInput = transform(
      { customers, currencyCode, input },
      (data) => ({
        customer_ids: data.customers.map((customer) => customer.id),
        currency_code: data.currencyCode,
        scope: data.input.metrics_scope ?? "all",
      })
    )
    const metrics = refreshCustomerMetricsStep(refreshInput)
    const orderCounts = transform(
      { metrics },
      ({ metrics }) => metrics.order_counts
    )
    const changes = applyMemberStagesStep(orderCounts)
    const profiles = transform({ customers, memberships, changes }, (data) =>
      memberProfiles(data.customers, data.memberships, data.changes)
    )
    syncMemberProfilesStep(profiles)

    const deletedIds = transform({ input, customers }, (data) => {
      const existing = new Set(data.customers.map((customer) => customer.id))
      return [...new Set(data.input.customer_ids)].filter(
        (id) => !existing.has(id)
      )
    })
    const erasedIds = eraseDeletedMembersStep(deletedIds)

    // Each event is released only once the whole sync has succeeded.
    const events = transform(
      { input, changes, metrics, erasedIds },
      ({ input, changes, metrics, erasedIds }) => {
        const emit = input.emit_events !== false
        return {
          stages: emit
            ? changes.map(({ customer_id, from, to }) => ({
                customer_id,
                from,
                to,
              }))
            : [],
          metrics:
            emit && metrics.changed_customer_ids.length
              ? [{ customer_ids: metrics.changed_customer_ids }]
              : [],
          erased: emit ? erasedIds.map((customer_id) => ({ customer_id })) : [],
        }
      }
    )
    when({ events }, ({ events }) => events.stages.length > 0).then(() => {
      emitEventStep({
        eventName: MembershipEvents.STAGE_CHANGED,
        data: events.stages,
      }).config({ name: "emit-member-stage-changed" })
    })
    when({ events }, ({ events }) => events.metrics.length > 0).then(() => {
      emitEventStep({
        eventName: MembershipEvents.METRICS_CHANGED,
        data: events.metrics,
      }).config({ name: "emit-member-metrics-changed" })
    })
    when({ events }, ({ events }) => events.erased.length > 0).then(() => {
      emitEventStep({
        eventName: MembershipEvents.DATA_ERASED,
        data: events.erased,
      }).config({ name: "emit-member-data-erased" })
    })

    releaseLockStep({
      key: lockKeys,
      ownerId: lockOwner,
      executeOnSubWorkflow: true,
    })
    return new WorkflowResponse({ memberships, stage_changes: changes })
  }
)
