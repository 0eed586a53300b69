import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createCartCreditLinesWorkflow,
  deleteCartCreditLinesWorkflow,
  refreshPaymentCollectionForCartWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { newLockOwnerStep } from "../member-data/steps/new-lock-owner"
import { applyCartPointsWorkflowId } from "../workflow-ids"
import { POINTS_CREDIT_REFERENCE } from "./steps/load-order-points"
import {
  validateCartPointsStep,
  type CartPointsInput,
} from "./steps/validate-cart-points"

/**
 * Sets (points > 0) or removes (points null) the points a cart pays with, as
 * one cart credit line, and refreshes the payment collection so checkout
 * authorizes the lowered total. The points are debited when the cart completes.
 */
export const applyCartPointsWorkflow = createWorkflow(
  applyCartPointsWorkflowId,
  (input: WorkflowData<CartPointsInput>) => {
    const lockKeys = transform({ input }, ({ input }) => [
      `points-cart:${input.cart_id}`,
    ])
    const owner = newLockOwnerStep()
    acquireLockStep({ key: lockKeys, ownerId: owner, timeout: 10, ttl: 30 })
    const plan = validateCartPointsStep(input)
    when({ plan }, ({ plan }) => plan.remove_ids.length > 0).then(() => {
      deleteCartCreditLinesWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({ id: plan.remove_ids })),
      })
    })
    when({ plan }, ({ plan }) => plan.points > 0).then(() => {
      createCartCreditLinesWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => [
          {
            cart_id: plan.cart_id,
            amount: plan.amount,
            reference: POINTS_CREDIT_REFERENCE,
            reference_id: plan.cart_id,
            metadata: { points: plan.points },
          },
        ]),
      })
    })
    refreshPaymentCollectionForCartWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({ cart_id: plan.cart_id })),
    })
    releaseLockStep({ key: lockKeys, ownerId: owner })
    return new WorkflowResponse(plan)
  }
)
