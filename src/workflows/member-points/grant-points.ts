import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { CreditInput } from "../../modules/member-points/types"
import {
  adjustMemberPointsWorkflowId,
  grantPointsBonusWorkflowId,
} from "../workflow-ids"
import { addMonths } from "./earn"
import { announceCredits } from "./steps/announce-credits"
import { creditPointsStep } from "./steps/credit-points"
import { debitPointsStep } from "./steps/debit-points"
import { loadProgram } from "./steps/load-order-points"
import { syncPointsBalancesStep } from "./steps/sync-points-balances"

export type PointsBonusKind =
  "signup" | "checkin" | "review" | "birthday" | "tier_up"

export type GrantPointsBonusInput = {
  customer_id: string
  kind: PointsBonusKind
  /** what the bonus is for, once: the review id, the year, the tier, the day */
  reference_id: string
  /** default: the program's amount for the kind */
  points?: number
  reason?: string | null
  actor_id?: string | null
}

const PROGRAM_AMOUNT = {
  signup: "signup_bonus",
  checkin: "checkin_bonus",
  review: "review_bonus",
  birthday: "birthday_bonus",
  tier_up: "tier_up_bonus",
} as const

const planBonusStep = createStep(
  "plan-member-points-bonus",
  async (input: GrantPointsBonusesInput, { container }) => {
    const { program } = await loadProgram(container)
    if (!program.enabled) return new StepResponse([] as CreditInput[])
    const now = new Date()
    const expires_at = program.expiry_months
      ? addMonths(now, program.expiry_months)
      : null
    return new StepResponse<CreditInput[]>(
      input.grants.flatMap((grant) => {
        const points = grant.points ?? program[PROGRAM_AMOUNT[grant.kind]]
        if (!points || points <= 0) return []
        return [
          {
            customer_id: grant.customer_id,
            type: "bonus" as const,
            points,
            reference: grant.kind,
            reference_id: grant.reference_id,
            available_at: now,
            expires_at,
            reason: grant.reason ?? null,
            actor_id: grant.actor_id ?? null,
          },
        ]
      })
    )
  }
)

export type GrantPointsBonusesInput = { grants: GrantPointsBonusInput[] }

/**
 * Bonus lots (sign-up, check-in, review, birthday, tier-up), each once per
 * member, kind and reference; many members at once when a batch earns them.
 */
export const grantPointsBonusWorkflow = createWorkflow(
  grantPointsBonusWorkflowId,
  (input: WorkflowData<GrantPointsBonusesInput>) => {
    const lots = planBonusStep(input)
    const created = creditPointsStep(lots)
    announceCredits(created)
    syncPointsBalancesStep(
      transform({ lots }, ({ lots }) => lots.map((l) => l.customer_id))
    )
    return new WorkflowResponse(created)
  }
)

export type AdjustMemberPointsInput = {
  customer_id: string
  /** positive: credit, negative: debit (fails beyond the available balance) */
  points: number
  reason: string
  actor_id: string
  /** the request's idempotency key, or a fresh id */
  reference_id: string
}

const planAdjustStep = createStep(
  "plan-member-points-adjust",
  async (input: AdjustMemberPointsInput, { container }) => {
    const { program } = await loadProgram(container)
    const now = new Date()
    const common = {
      customer_id: input.customer_id,
      reference: "admin",
      reference_id: input.reference_id,
      reason: input.reason,
      actor_id: input.actor_id,
    }
    return new StepResponse({
      credits:
        input.points > 0
          ? [
              {
                ...common,
                type: "adjust_credit" as const,
                points: input.points,
                available_at: now,
                expires_at: program.expiry_months
                  ? addMonths(now, program.expiry_months)
                  : null,
              },
            ]
          : [],
      debits:
        input.points < 0
          ? [
              {
                ...common,
                type: "adjust_debit" as const,
                points: -input.points,
              },
            ]
          : [],
    })
  }
)

/** An admin's correction, with its reason and actor on the entry. */
export const adjustMemberPointsWorkflow = createWorkflow(
  adjustMemberPointsWorkflowId,
  (input: WorkflowData<AdjustMemberPointsInput>) => {
    const plan = planAdjustStep(input)
    const credited = creditPointsStep(plan.credits)
    const debited = debitPointsStep(plan.debits)
    syncPointsBalancesStep(
      transform({ input }, ({ input }) => [input.customer_id])
    )
    const entry = transform(
      { credited, debited },
      ({ credited, debited }) => credited[0] ?? debited[0] ?? null
    )
    return new WorkflowResponse(entry)
  }
)
