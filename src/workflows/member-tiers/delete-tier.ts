import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { MembershipEvents } from "../../events"
import { membershipLockKeys } from "../member-data/lock-keys"
import { newLockOwnerStep } from "../member-data/steps/new-lock-owner"
import { deleteTierWorkflowId } from "../workflow-ids"
import { applyTierDecisions } from "./apply-tier-decisions"
import { prepareTierDeletionStep } from "./steps/prepare-tier-deletion"
import { removeTierStep } from "./steps/remove-tier"
import { startTierReevaluationStep } from "./steps/start-tier-reevaluation"

export type DeleteTierWorkflowInput = { id: string; target_tier_id?: string }

/**
 * Deletes a tier: its members move to the target tier first (409 without
 * one), then the tier, its group, price list and promotion go. Compensates.
 */
export const deleteTierWorkflow = createWorkflow(
  deleteTierWorkflowId,
  (input: WorkflowData<DeleteTierWorkflowInput>) => {
    const prepared = prepareTierDeletionStep(input)
    const lockKeys = transform({ prepared }, ({ prepared }) =>
      membershipLockKeys(prepared.holders)
    )
    const lockOwner = newLockOwnerStep()
    acquireLockStep({
      key: lockKeys,
      ownerId: lockOwner,
      timeout: 30,
      ttl: 120,
      executeOnSubWorkflow: true,
    })
    applyTierDecisions(
      transform({ prepared }, ({ prepared }) => ({
        writes: prepared.holders.map((customer_id) => ({
          customer_id,
          tier_id: prepared.target_tier_id!,
          reason: "ladder_changed" as const,
          qualifies: true,
        })),
        now: new Date(),
        ladder: prepared.ladder,
      }))
    )
    const tier = transform({ prepared }, ({ prepared }) => prepared.tier)
    removeTierStep(tier)
    releaseLockStep({
      key: lockKeys,
      ownerId: lockOwner,
      executeOnSubWorkflow: true,
    })
    startTierReevaluationStep()
    emitEventStep({
      eventName: MembershipEvents.TIER_LADDER_CHANGED,
      data: transform({ input }, ({ input }) => ({ tier_ids: [input.id] })),
    })
    return new WorkflowResponse({ id: input.id, moved: prepared.holders })
  }
)
