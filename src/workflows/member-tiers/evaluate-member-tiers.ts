import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { TierWrite } from "../../modules/member-tier/types"
import { decideTier, measureKey } from "../../modules/member-tier/utils"
import { membershipLockKeys } from "../member-data/lock-keys"
import { newLockOwnerStep } from "../member-data/steps/new-lock-owner"
import { resolveMembershipCurrencyStep } from "../member-data/steps/resolve-membership-currency"
import { evaluateMemberTiersWorkflowId } from "../workflow-ids"
import { applyTierDecisions } from "./apply-tier-decisions"
import { loadTierInputsStep } from "./steps/load-tier-inputs"

export type EvaluateMemberTiersWorkflowInput = {
  customer_ids: string[]
  /** The moment to evaluate at (default now); the daily job and tests pass it. */
  now?: Date | string
  /** Only the daily job moves members down (after grace). */
  allow_downgrade?: boolean
  /** A ladder change: upgrades it causes say so. */
  ladder_changed?: boolean
}

/**
 * Re-evaluates members' tiers from their facts: upgrades at once, downgrades
 * only when allowed and the grace days since they last qualified are over,
 * pinned members never move. Idempotent: a replay decides the same and writes
 * no move. Emits `member.tier_changed` per move.
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
    const decisions = transform({ input, inputs, prepared }, (data) => {
      const writes: TierWrite[] = []
      for (const member of data.inputs.members) {
        const decision = decideTier(
          data.inputs.ladder,
          member,
          new Date(data.prepared.now),
          data.input.allow_downgrade === true
        )
        if (!decision) continue
        const tier = data.inputs.ladder.find((t) => t.id === decision.tier_id)
        writes.push({
          customer_id: member.customer_id,
          tier_id: decision.tier_id,
          reason:
            decision.reason === "qualified" && data.input.ladder_changed
              ? "ladder_changed"
              : decision.reason,
          qualifies: decision.qualifies,
          value: tier ? (member.values[measureKey(tier)] ?? null) : null,
        })
      }
      return { writes, now: data.prepared.now, ladder: data.inputs.ladder }
    })
    const applied = applyTierDecisions(decisions)
    const tiersEvaluated = createHook("tiersEvaluated", { applied })
    releaseLockStep({
      key: prepared.lock_keys,
      ownerId: lockOwner,
      executeOnSubWorkflow: true,
    })
    return new WorkflowResponse(applied, { hooks: [tiersEvaluated] })
  }
)
