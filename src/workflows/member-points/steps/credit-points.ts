import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type {
  CreditInput,
  PointsEntryRow,
} from "../../../modules/member-points/types"
import { pointsService } from "./points-service"

export const creditPointsStepId = "credit-member-points"

/**
 * Adds lots; replayed keys add nothing. Compensation voids only the lots this
 * run created (what is left of them), so a rolled-back run leaves the balance as it was.
 */
export const creditPointsStep = createStep(
  creditPointsStepId,
  async (credits: CreditInput[], { container }) => {
    const service = pointsService(container)
    const created: PointsEntryRow[] = []
    for (const credit of credits) {
      const result = await service.creditPoints(credit)
      if (result.created && result.entry) created.push(result.entry)
    }
    return new StepResponse(
      created,
      created.map((e) => ({
        id: e.id,
        customer_id: e.customer_id,
        points: e.points,
      }))
    )
  },
  async (created, { container }) => {
    const service = pointsService(container)
    for (const lot of created ?? []) {
      await service.debitPoints({
        customer_id: lot.customer_id,
        type: "void",
        points: lot.points,
        reference: "rollback",
        reference_id: lot.id,
        clamp: true,
        prefer_lot_ids: [lot.id],
      })
    }
  }
)
