import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MembershipEvents } from "../../events"
import { refreshCustomerMetricsStep } from "./steps/refresh-customer-metrics"
import { resolveMembershipCurrencyStep } from "./steps/resolve-membership-currency"
import { refreshWindowedMetricsWorkflowId } from "../workflow-ids"

/**
 * Re-derives one page of members whose windowed metrics time made stale and
 * announces the ones that changed. Derived data: a rerun changes nothing.
 */
export const refreshWindowedMetricsWorkflow = createWorkflow(
  refreshWindowedMetricsWorkflowId,
  (customerIds: WorkflowData<string[]>) => {
    const currencyCode = resolveMembershipCurrencyStep()
    const metrics = refreshCustomerMetricsStep({
      customer_ids: customerIds,
      currency_code: currencyCode,
    })
    const changed = transform({ metrics }, ({ metrics }) => ({
      customer_ids: metrics.changed_customer_ids,
    }))
    when({ changed }, ({ changed }) => changed.customer_ids.length > 0).then(
      () => {
        emitEventStep({
          eventName: MembershipEvents.METRICS_CHANGED,
          data: changed,
        })
      }
    )
    return new WorkflowResponse(changed)
  }
)
