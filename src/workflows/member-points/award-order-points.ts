import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreditInput } from "../../modules/member-points/types"
import { awardOrderPointsWorkflowId } from "../workflow-ids"
import { addMonths, cashbackPoints, earnPoints } from "./earn"
import { loadTierBenefits } from "./seams/tier-benefits"
import { announceCredits } from "./steps/announce-credits"
import { creditPointsStep } from "./steps/credit-points"
import { loadOrderPoints, loadProgram } from "./steps/load-order-points"
import { syncPointsBalancesStep } from "./steps/sync-points-balances"

/** The lots a placed order earns: points at the program rate × tier multiplier, and cash-back. */
export async function orderEarnings(
  container: MedusaContainer,
  orderId: string,
  now: Date = new Date()
): Promise<CreditInput[]> {
  const [order, { program, currency_code }] = await Promise.all([
    loadOrderPoints(container, orderId),
    loadProgram(container),
  ])
  if (!order?.customer_id || order.canceled || !program.enabled) return []
  if (currency_code && order.currency_code !== currency_code) return []
  const tier = (await loadTierBenefits(container, [order.customer_id])).get(
    order.customer_id
  )!
  const immediate = program.pending_days === 0
  const lot = {
    customer_id: order.customer_id,
    reference: "order",
    reference_id: order.order_id,
    order_id: order.order_id,
    available_at: immediate ? now : null,
    expires_at:
      immediate && program.expiry_months
        ? addMonths(now, program.expiry_months)
        : null,
  }
  const rate = program.earn_rate * tier.points_multiplier
  const points = earnPoints(
    order.base,
    program.earn_rate,
    tier.points_multiplier
  )
  const cashback = cashbackPoints(
    order.base,
    tier.cashback_rate,
    program.point_value
  )
  const lots: CreditInput[] = []
  if (points > 0) {
    lots.push({
      ...lot,
      type: "earn",
      points,
      earn_rate: rate,
      metadata: { base: order.base, tier_id: tier.tier_id },
    })
  }
  if (cashback > 0) {
    lots.push({
      ...lot,
      type: "cashback",
      points: cashback,
      earn_rate: tier.cashback_rate / program.point_value || 0,
      metadata: { base: order.base, tier_id: tier.tier_id },
    })
  }
  return lots
}

const orderEarningsStep = createStep(
  "compute-member-order-earnings",
  async (orderId: string, { container }) =>
    new StepResponse(await orderEarnings(container, orderId))
)

/**
 * A placed order's points: a pending earn lot and, for tiers with cash-back, a
 * cash-back lot, keyed by the order (a replayed order.placed adds nothing).
 */
export const awardOrderPointsWorkflow = createWorkflow(
  awardOrderPointsWorkflowId,
  (input: WorkflowData<{ order_id: string }>) => {
    const lots = orderEarningsStep(input.order_id)
    const created = creditPointsStep(lots)
    announceCredits(created)
    const customers = transform({ lots }, ({ lots }) =>
      lots.map((l) => l.customer_id)
    )
    syncPointsBalancesStep(customers)
    return new WorkflowResponse(created)
  }
)
