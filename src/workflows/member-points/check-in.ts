import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { DateTime } from "luxon"
import type { CreditInput } from "../../modules/member-points/types"
import { checkInMemberWorkflowId } from "../workflow-ids"
import { addMonths } from "./earn"
import { announceCredits } from "./steps/announce-credits"
import { creditPointsStep } from "./steps/credit-points"
import { loadProgram } from "./steps/load-order-points"
import { pointsService } from "./steps/points-service"
import { syncPointsBalancesStep } from "./steps/sync-points-balances"

/** The store-time-zone day of an instant and the day before, as "YYYY-MM-DD". */
export function storeDays(now: Date, zone: string) {
  const day = DateTime.fromJSDate(now, { zone })
  const valid = day.isValid ? day : DateTime.fromJSDate(now, { zone: "UTC" })
  return {
    day: valid.toISODate()!,
    previous: valid.minus({ days: 1 }).toISODate()!,
  }
}

const recordCheckinStep = createStep(
  "record-member-checkin",
  async (input: { customer_id: string; now?: Date }, { container }) => {
    const { program } = await loadProgram(container)
    if (!program.enabled) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "The points program is not enabled"
      )
    }
    const now = input.now ? new Date(input.now) : new Date()
    const { day, previous } = storeDays(now, program.timezone)
    const result = await pointsService(container).recordCheckin(
      input.customer_id,
      day,
      previous
    )
    const streak = result?.streak ?? null
    const points =
      streak === null
        ? 0
        : program.checkin_bonus +
          (streak % 7 === 0 ? program.checkin_streak_bonus : 0)
    const lots: CreditInput[] =
      points > 0
        ? [
            {
              customer_id: input.customer_id,
              type: "bonus",
              points,
              reference: "checkin",
              reference_id: day,
              available_at: now,
              expires_at: program.expiry_months
                ? addMonths(now, program.expiry_months)
                : null,
            },
          ]
        : []
    return new StepResponse({ day, streak, already: streak === null, lots })
  }
)

/**
 * Daily check-in: once per store-time-zone day (the account lock serialises
 * taps), a bonus and, every 7th day in a row, the streak bonus.
 */
export const checkInMemberWorkflow = createWorkflow(
  checkInMemberWorkflowId,
  (input: WorkflowData<{ customer_id: string; now?: Date }>) => {
    const checkin = recordCheckinStep(input)
    const created = creditPointsStep(checkin.lots)
    announceCredits(created)
    syncPointsBalancesStep(
      transform({ input }, ({ input }) => [input.customer_id])
    )
    const result = transform({ checkin, created }, ({ checkin, created }) => ({
      day: checkin.day,
      streak: checkin.streak,
      already_checked_in: checkin.already,
      points: created.reduce((s, e) => s + e.points, 0),
    }))
    return new WorkflowResponse(result)
  }
)
