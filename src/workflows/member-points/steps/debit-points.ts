import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type {
  DebitInput,
  PointsEntryRow,
} from "../../../modules/member-points/types"
import { pointsService } from "./points-service"

export const debitPointsStepId = "debit-member-points"

/** Draws points under the account lock; compensation gives back exactly what this run drew. */
export const debitPointsStep = createStep(
  debitPointsStepId,
  async (debits: DebitInput[], { container }) => {
    const service = pointsService(container)
    const entries: PointsEntryRow[] = []
    const created: string[] = []
    for (const debit of debits) {
      const result = await service.debitPoints(debit)
      if (result.entry) entries.push(result.entry)
      if (result.created && result.entry) created.push(result.entry.id)
    }
    return new StepResponse(entries, created)
  },
  async (created, { container }) => {
    const service = pointsService(container)
    for (const id of created ?? []) {
      await service.restoreDebit(id, "rollback")
    }
  }
)
