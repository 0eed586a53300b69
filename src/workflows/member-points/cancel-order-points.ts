import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { DebitInput } from "../../modules/member-points/types"
import { newLockOwnerStep } from "../member-data/steps/new-lock-owner"
import { cancelOrderPointsWorkflowId } from "../workflow-ids"
import { debitPointsStep } from "./steps/debit-points"
import { loadOrderPoints } from "./steps/load-order-points"
import { orderPointsLockKeys, pointsService } from "./steps/points-service"
import { restoreRedemptionsStep } from "./steps/restore-redemptions"
import { syncPointsBalancesStep } from "./steps/sync-points-balances"

/** What an order's lots still owe: their points less what reversals already took or recorded as shortfall. */
export async function owedByOrder(
  service: ReturnType<typeof pointsService>,
  orderId: string
) {
  const entries = await service.listOrderEntries(orderId, [])
  const lots = entries.filter((e) => e.type === "earn" || e.type === "cashback")
  const earned = lots.reduce((s, e) => s + e.points, 0)
  const reversed = entries
    .filter((e) => e.type === "reverse" || e.type === "void")
    .reduce((s, e) => s - e.points + e.shortfall, 0)
  return { lots, owed: Math.max(0, earned - reversed) }
}

const planVoidStep = createStep(
  "plan-member-order-points-void",
  async (orderId: string, { container }) => {
    const order = await loadOrderPoints(container, orderId)
    // a replayed or stray order.canceled for an order that is not canceled changes nothing
    if (!order?.canceled) {
      return new StepResponse({
        debits: [] as DebitInput[],
        cart_ids: [] as string[],
      })
    }
    const service = pointsService(container)
    const { lots, owed } = await owedByOrder(service, orderId)
    const debits: DebitInput[] =
      owed > 0 && lots.length
        ? [
            {
              customer_id: lots[0].customer_id,
              type: "void",
              points: owed,
              reference: "order",
              reference_id: orderId,
              order_id: orderId,
              clamp: true,
              prefer_lot_ids: lots.map((l) => l.id),
              reason: "order canceled",
            },
          ]
        : []
    return new StepResponse({ debits, cart_ids: order.cart_ids })
  }
)

/**
 * A canceled order: its lots are voided (what was spent of them already is
 * recorded as shortfall, the balance never goes below zero) and the points its
 * checkout redeemed are given back. Under the order's points lock; replays change nothing.
 */
export const cancelOrderPointsWorkflow = createWorkflow(
  cancelOrderPointsWorkflowId,
  (input: WorkflowData<{ order_id: string }>) => {
    const lockKeys = transform({ input }, ({ input }) =>
      orderPointsLockKeys([input.order_id])
    )
    const owner = newLockOwnerStep()
    acquireLockStep({ key: lockKeys, ownerId: owner, timeout: 30, ttl: 60 })
    const plan = planVoidStep(input.order_id)
    const voided = debitPointsStep(plan.debits)
    const restored = restoreRedemptionsStep(
      transform({ plan }, ({ plan }) => ({
        cart_ids: plan.cart_ids,
        reason: "order canceled",
      }))
    )
    const customers = transform(
      { voided, restored },
      ({ voided, restored }) => [
        ...voided.map((e) => e.customer_id),
        ...restored,
      ]
    )
    syncPointsBalancesStep(customers)
    releaseLockStep({ key: lockKeys, ownerId: owner })
    return new WorkflowResponse({ voided, restored })
  }
)
