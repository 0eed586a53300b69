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
import { profileFromMember } from "./member-profile"
import { applyMemberStagesStep } from "./steps/apply-member-stages"
import { ensureMembershipsStep } from "./steps/ensure-memberships"
import { loadCustomersStep } from "./steps/load-customers"
import { refreshCustomerMetricsStep } from "./steps/refresh-customer-metrics"
import { resolveMembershipCurrencyStep } from "./steps/resolve-membership-currency"
import { syncMemberProfilesStep } from "./steps/sync-member-profiles"

export type SyncMembersWorkflowInput = {
  customer_ids: string[]
  /** "missing": derive only customers without metrics; the backfill derives the rest at once. */
  metrics_scope?: "all" | "missing"
  /** Emit member.stage_changed (default true); the backfill does not announce history. */
  emit_events?: boolean
}

export const syncMembersWorkflowId = "sync-members"

/**
 * Brings members in line with their customers and facts: creates missing memberships,
 * re-derives metrics, moves lifecycle stages, refreshes the profile copy next to the
 * metrics and emits `member.stage_changed` for each stage that moved and
 * `member.metrics_changed` for the customers whose metrics changed. Idempotent.
 */
export const syncMembersWorkflow = createWorkflow(
  syncMembersWorkflowId,
  (input: WorkflowData<SyncMembersWorkflowInput>) => {
    // One sync per member at a time: a stale run must not write an older stage or copy.
    const lockKeys = transform({ input }, ({ input }) =>
      [...new Set(input.customer_ids)].sort().map((id) => `membership:${id}`)
    )
    acquireLockStep({
      key: lockKeys,
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

    const profiles = transform({ customers, memberships, changes }, (data) => {
      const stageTo = new Map(
        data.changes.map((change) => [change.customer_id, change.to])
      )
      const byCustomer = new Map(
        data.memberships.map((m) => [m.customer_id, m])
      )
      return data.customers.flatMap((customer) => {
        const membership = byCustomer.get(customer.id)
        if (!membership) return []
        const stage = stageTo.get(customer.id) ?? membership.stage
        return [profileFromMember(customer, { ...membership, stage })]
      })
    })
    syncMemberProfilesStep(profiles)

    when(
      { changes, input },
      (data) => data.changes.length > 0 && data.input.emit_events !== false
    ).then(() => {
      emitEventStep({
        eventName: MembershipEvents.STAGE_CHANGED,
        data: changes,
      })
    })
    const changedMetrics = transform({ metrics }, ({ metrics }) => ({
      customer_ids: metrics.changed_customer_ids,
    }))
    when(
      { changedMetrics, input },
      (data) =>
        data.changedMetrics.customer_ids.length > 0 &&
        data.input.emit_events !== false
    ).then(() => {
      emitEventStep({
        eventName: MembershipEvents.METRICS_CHANGED,
        data: changedMetrics,
      }).config({ name: "emit-member-metrics-changed" })
    })

    releaseLockStep({ key: lockKeys, executeOnSubWorkflow: true })
    return new WorkflowResponse({ memberships, stage_changes: changes })
  }
)
