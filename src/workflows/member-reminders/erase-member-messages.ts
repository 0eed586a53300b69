import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { MEMBER_CAMPAIGN_MODULE } from "../../module-keys"
import type MemberCampaignModuleService from "../../modules/member-campaign/service"
import { eraseMemberMessagesWorkflowId } from "../workflow-ids"

export const eraseMemberMessagesStepId = "erase-member-messages"

/** Erasure is not undone: there is nothing to compensate. */
const eraseMemberMessagesStep = createStep(
  eraseMemberMessagesStepId,
  async (customerId: string, { container }) => {
    const campaigns: MemberCampaignModuleService = container.resolve(
      MEMBER_CAMPAIGN_MODULE
    )
    return new StepResponse(await campaigns.eraseCustomerMessages(customerId))
  }
)

/**
 * A deleted customer's messages keep their ids, keys, outcomes and counts; who
 * they were for, the address and the rendered content are erased, and queued
 * ones are suppressed.
 */
export const eraseMemberMessagesWorkflow = createWorkflow(
  eraseMemberMessagesWorkflowId,
  (input: WorkflowData<{ customer_id: string }>) => {
    return new WorkflowResponse(eraseMemberMessagesStep(input.customer_id))
  }
)
