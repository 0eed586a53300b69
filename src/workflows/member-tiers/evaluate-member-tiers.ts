import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { membershipLockKeys } from "../member-data/lock-keys"
import { newLockOwnerStep } from "../member-data/steps/new-lock-owner"
import { resolveMembershipCurrencyStep } from "../member-data/steps/resolve-membership-currency"
import { evaluateMemberTiersWorkflowId } from "../workflow-ids"
import { publishTierMoves } from "./publish-tier-moves"
import { applyTierEvaluationStep } from "./steps/apply-tier-evaluation"
import { loadTierInputsStep } from "./steps/load-tier-inputs"

export type EvaluateMemberTiersWorkflowInput = {
  customer_ids: string[]
  /** The moment to evaluate at (default now); re-evaluation runs and tests pass it. */
  now?: Date | string
  /** Only the daily pass moves members down (after grace). */
  allow_downgrade?: boolean
  /** A ladder change: upgrades it causes say so. */
  ladder_changed?: boolean
}

/**
 * Re-evaluates members' tiers from their facts, decided in one SQL statement
 * for the whole set: upgrades at once, downgrades only when allowed and the
 * grace days since they last qualified are over, pinned members never move.
 * Idempotent: a replay decides the same and writes no move. Emits
 * `member.tier_changed` per move. One member (a metrics change) or a page of
 * thousands (a re-evaluation run) go the same way.
 */
export const evaluateMemberTiersWorkflow = createWorkflow(
  evaluateMemberTiersWorkflowId,
  (input: WorkflowData<EvaluateMemberTiersWorkflowInput>) => {
    const prepared = transform({ input }, ({ input }) => ({
      lock_keys: membershipLockKeys(input.customer_ids),
      now: input.now ? new Date(input.now) : new Date(),
    }))
    const lockOwner = newLockOwnerStep()
    acquireLockStep({
      key: prepared.lock_keys,
      ownerId: lockOwner,
      timeout: 30,
      ttl: 60,
      executeOnSubWorkflow: true,
    })
    const currencyCode = resolveMembershipCurrencyStep()
    const inputs = loadTierInputsStep(
      transform({ input, prepared, currencyCode }, (data) => ({
        customer_ids: data.input.customer_ids,
        currency_code: data.currencyCode,
        now: data.prepared.now,
      }))
    )
    const applied = applyTierEvaluationStep(
      transform({ input, inputs, prepared }, (data) => ({
        ladder: data.inputs.ladder,
        members: data.inputs.members,
        now: data.prepared.now,
        allow_downgrade: data.input.allow_downgrade === true,
        ladder_changed: data.input.ladder_changed === true,
      }))
    )
    publishTierMoves(
      transform({ applied, inputs }, ({ applied, inputs }) => ({
        applied,
        ladder: inputs.ladder,
      }))
    )
    const tiersEvaluated = createHook("tiersEvaluated", { applied })
    releaseLockStep({
      key: prepared.lock_keys,
      ownerId: lockOwner,
      executeOnSubWorkflow: true,
    })
    return new WorkflowResponse(applied, { hooks: [tiersEvaluated] })
  }
)
