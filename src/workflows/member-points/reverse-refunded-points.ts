import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { PointsEntryRow } from "../../modules/member-points/types"
import { newLockOwnerStep } from "../member-data/steps/new-lock-owner"
import { reverseRefundedPointsWorkflowId } from "../workflow-ids"
import { owedByOrder } from "./cancel-order-points"
import { reversalPoints } from "./earn"
import { orderPointsLockKeys, pointsService } from "./steps/points-service"
import { syncPointsBalancesStep } from "./steps/sync-points-balances"

type Refund = { id: string; amount: Parameters<typeof MathBN.convert>[0] }
type RefundsRow = {
  payment_collections:
    | ({
        payments: ({ refunds: (Refund | null)[] | null } | null)[] | null
      } | null)[]
    | null
}

const resolveOrderStep = createStep(
  "resolve-member-refund-order",
  async (paymentId: string, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [payment],
    } = await query.graph({
      entity: "payment",
      fields: ["payment_collection.order.id"],
      filters: { id: paymentId },
    })
    return new StepResponse(
      (payment?.payment_collection?.order?.id as string | undefined) ?? null
    )
  }
)

const reverseStep = createStep(
  "reverse-member-refunded-points",
  async (orderId: string | null, { container }) => {
    if (!orderId) return new StepResponse([] as PointsEntryRow[], [])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["payment_collections.payments.refunds.*"],
      filters: { id: orderId },
    })
    const order = data[0] as RefundsRow | undefined
    const refunds = (order?.payment_collections ?? [])
      .flatMap((pc) => pc?.payments ?? [])
      .flatMap((p) => p?.refunds ?? [])
      .filter((r): r is Refund => !!r)
      .sort((a, b) => String(a.id).localeCompare(String(b.id)))
    const service = pointsService(container)
    const created: PointsEntryRow[] = []
    for (const refund of refunds) {
      const { lots, owed } = await owedByOrder(service, orderId)
      if (!lots.length) break
      const amount = MathBN.convert(refund.amount).toNumber()
      const rate = lots.reduce((s, l) => s + Number(l.earn_rate ?? 0), 0)
      const points = reversalPoints(amount, rate, owed)
      if (points <= 0) continue
      const result = await service.debitPoints({
        customer_id: lots[0].customer_id,
        type: "reverse",
        points,
        reference: "refund",
        reference_id: refund.id,
        order_id: orderId,
        clamp: true,
        prefer_lot_ids: lots.map((l) => l.id),
        reason: "order refunded",
      })
      if (result.created && result.entry) created.push(result.entry)
    }
    return new StepResponse(
      created,
      created.map((e) => e.id)
    )
  },
  async (created, { container }) => {
    for (const id of created ?? []) {
      await pointsService(container).restoreDebit(id, "rollback")
    }
  }
)

/**
 * Refunds take back the order's points at the rate its lots were earned, once
 * per refund, at most what the lots still owe; points already spent are
 * recorded as shortfall (clamp policy), never a negative balance.
 */
export const reverseRefundedPointsWorkflow = createWorkflow(
  reverseRefundedPointsWorkflowId,
  (input: WorkflowData<{ payment_id: string }>) => {
    const orderId = resolveOrderStep(input.payment_id)
    const lockKeys = transform({ orderId }, ({ orderId }) =>
      orderPointsLockKeys(orderId ? [orderId] : ["none"])
    )
    const owner = newLockOwnerStep()
    acquireLockStep({ key: lockKeys, ownerId: owner, timeout: 30, ttl: 60 })
    const reversed = reverseStep(orderId)
    syncPointsBalancesStep(
      transform({ reversed }, ({ reversed }) =>
        reversed.map((e) => e.customer_id)
      )
    )
    releaseLockStep({ key: lockKeys, ownerId: owner })
    return new WorkflowResponse(reversed)
  }
)
