import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateReminderRuleStep } from "./steps/update-reminder-rule"
import { validateReminderUpdateStep } from "./steps/validate-reminder-update"
import type { ReminderRuleUpdate } from "./validate-rule-update"
import { updateReminderRuleWorkflowId } from "../workflow-ids"

export type UpdateReminderRuleWorkflowInput = ReminderRuleUpdate

/** An admin turns a reminder on or off, or edits its parameters, templates, channels or offer. */
export const updateReminderRuleWorkflow = createWorkflow(
  updateReminderRuleWorkflowId,
  (input: WorkflowData<UpdateReminderRuleWorkflowInput>) => {
    const validated = validateReminderUpdateStep(input)
    return new WorkflowResponse(updateReminderRuleStep(validated))
  }
)
