import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"

export type RefreshCustomerMetricsStepInput = {
  customer_ids: string[]
  currency_code: string
  /** "missing": derive only customers without metrics (the backfill derived the rest at once). */
  scope?: "all" | "missing"
}

export type RefreshCustomerMetricsStepOutput = {
  order_counts: { customer_id: string; order_count: number }[]
  /** Customers whose derived metrics this step changed. */
  changed_customer_ids: string[]
}

export const refreshCustomerMetricsStepId = "refresh-customer-metrics"

/**
 * Re-derives metrics from facts and returns each customer's order count. Nothing to
 * compensate: metrics are derived, and the fact step's compensation re-derives them.
 */
export const refreshCustomerMetricsStep = createStep(
  refreshCustomerMetricsStepId,
  async (
    {
      customer_ids,
      currency_code,
      scope = "all",
    }: RefreshCustomerMetricsStepInput,
    { container }
  ) => {
    if (!customer_ids.length) {
      return new StepResponse<RefreshCustomerMetricsStepOutput>({
        order_counts: [],
        changed_customer_ids: [],
      })
    }
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    const counts = () =>
      segments.listCustomerMetrics(
        { customer_id: customer_ids },
        { select: ["customer_id", "order_count"] }
      )
    let metrics = scope === "missing" ? await counts() : []
    const known = new Set(metrics.map((row) => row.customer_id))
    const stale = customer_ids.filter((id) => !known.has(id))
    let changed: string[] = []
    if (stale.length) {
      changed = await segments.refreshCustomerMetrics(stale, currency_code)
      metrics = await counts()
    }
    return new StepResponse<RefreshCustomerMetricsStepOutput>({
      order_counts: metrics.map(({ customer_id, order_count }) => ({
        customer_id,
        order_count,
      })),
      changed_customer_ids: changed,
    })
  }
)
