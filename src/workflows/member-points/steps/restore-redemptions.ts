import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pointsService } from "./points-service"

export const restoreRedemptionsStepId = "restore-member-points-redemptions"

/** Gives back the points the carts' checkouts redeemed (each once); returns the members touched. */
export const restoreRedemptionsStep = createStep(
  restoreRedemptionsStepId,
  async (input: { cart_ids: string[]; reason: string }, { container }) => {
    const service = pointsService(container)
    const open = await service.listOpenRedemptions(input.cart_ids)
    const customers: string[] = []
    for (const redemption of open) {
      const { created } = await service.restoreDebit(
        redemption.id,
        input.reason
      )
      if (created) customers.push(redemption.customer_id)
    }
    return new StepResponse(customers)
  }
)
