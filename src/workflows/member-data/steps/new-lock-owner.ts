import { generateEntityId } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const newLockOwnerStepId = "new-member-lock-owner"

/**
 * A lock owner id for one workflow run. With an owner, a retried acquisition of
 * several keys re-enters the keys it already took, and a release can only free
 * this run's locks, never ones another run took after an expiry.
 */
export const newLockOwnerStep = createStep(newLockOwnerStepId, async () => {
  return new StepResponse(generateEntityId(undefined, "mbrlock"))
})
