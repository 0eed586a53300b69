import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  dispatchMessagesStep,
  type DispatchMessagesStepInput,
} from "./steps/dispatch-messages"
import { dispatchMessagesWorkflowId } from "../workflow-ids"

/** The one dispatcher: every reminder (and later every campaign) sends through it. */
export const dispatchMessagesWorkflow = createWorkflow(
  dispatchMessagesWorkflowId,
  (input: WorkflowData<DispatchMessagesStepInput>) => {
    return new WorkflowResponse(dispatchMessagesStep(input))
  }
)
