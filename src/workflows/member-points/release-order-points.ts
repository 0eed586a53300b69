import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { releaseOrderPointsWorkflowId } from "../workflow-ids"
import { loadOrderPoints, loadProgram } from "./steps/load-order-points"
import { pointsService } from "./steps/points-service"
import { syncPointsBalancesStep } from "./steps/sync-points-balances"

const DAY = 86_400_000

const releaseStep = createStep(
  "release-member-order-points",
  async (orderId: string, { container }) => {
    const [order, { program }] = await Promise.all([
      loadOrderPoints(container, orderId),
      loadProgram(container),
    ])
    if (!order?.delivered_at || order.canceled) return new StepResponse([])
    const availableAt = new Date(
      order.delivered_at.getTime() + program.pending_days * DAY
    )
    const customers = await pointsService(container).activateOrderLots(
      orderId,
      availableAt,
      program.expiry_months
    )
    return new StepResponse(customers)
  }
)

/**
 * Once an order is delivered, its pending lots become available after the
 * program's pending days (the return window); their expiry runs from then.
 * Stamped once: a replayed delivery changes nothing.
 */
export const releaseOrderPointsWorkflow = createWorkflow(
  releaseOrderPointsWorkflowId,
  (input: WorkflowData<{ order_id: string }>) => {
    const customers = releaseStep(input.order_id)
    syncPointsBalancesStep(customers)
    return new WorkflowResponse(customers)
  }
)
