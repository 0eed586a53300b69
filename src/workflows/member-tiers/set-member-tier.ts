import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { membershipLockKeys } from "../member-data/lock-keys"
import { newLockOwnerStep } from "../member-data/steps/new-lock-owner"
import { setMemberTierWorkflowId } from "../workflow-ids"
import { applyTierDecisions } from "./apply-tier-decisions"
import {
  prepareTierPinStep,
  type PrepareTierPinStepInput,
} from "./steps/prepare-tier-pin"

export type SetMemberTierWorkflowInput = PrepareTierPinStepInput

/**
 * An admin pins a member to a tier (they never move until unpinned), moves
 * them, or unpins them (the next evaluation decides again). History records
 * the actor.
 */
export const setMemberTierWorkflow = createWorkflow(
  setMemberTierWorkflowId,
  (input: WorkflowData<SetMemberTierWorkflowInput>) => {
    const lockKeys = transform({ input }, ({ input }) =>
      membershipLockKeys([input.customer_id])
    )
    const lockOwner = newLockOwnerStep()
    acquireLockStep({
      key: lockKeys,
      ownerId: lockOwner,
      timeout: 30,
      ttl: 60,
      executeOnSubWorkflow: true,
    })
    const prepared = prepareTierPinStep(input)
    const applied = applyTierDecisions(prepared)
    releaseLockStep({
      key: lockKeys,
      ownerId: lockOwner,
      executeOnSubWorkflow: true,
    })
    return new WorkflowResponse(applied)
  }
)
