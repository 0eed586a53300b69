import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  updateMembershipProfileStep,
  type UpdateMembershipProfileStepInput,
} from "./steps/update-membership-profile"
import { syncMembersWorkflow } from "./sync-members"
import { updateMemberProfileWorkflowId } from "../workflow-ids"

export type UpdateMemberProfileWorkflowInput = UpdateMembershipProfileStepInput

/**
 * A customer or an admin edits birthday, tags or consents; the profile copy
 * follows. Hook `profileUpdated`: a handler that throws rolls the edit back.
 */
export const updateMemberProfileWorkflow = createWorkflow(
  updateMemberProfileWorkflowId,
  (input: WorkflowData<UpdateMemberProfileWorkflowInput>) => {
    const membership = updateMembershipProfileStep(input)
    const customerIds = transform({ input }, ({ input }) => [input.customer_id])
    syncMembersWorkflow.runAsStep({ input: { customer_ids: customerIds } })
    const profileUpdated = createHook("profileUpdated", { membership })
    return new WorkflowResponse(membership, { hooks: [profileUpdated] })
  }
)
