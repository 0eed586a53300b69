import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { enqueueMessagesStep } from "./steps/enqueue-messages"
import { loadReminderRuleStep } from "./steps/load-reminder-rule"
import { loadShipmentAudienceStep } from "./steps/load-shipment-audience"
import { toReminderMessages } from "./to-messages"
import { queueShipmentNoticeWorkflowId } from "../workflow-ids"

export type QueueShipmentNoticeWorkflowInput = { fulfillment_id: string }

/** shipment.created: tell the member their parcel left. A replayed event queues nothing new. */
export const queueShipmentNoticeWorkflow = createWorkflow(
  queueShipmentNoticeWorkflowId,
  (input: WorkflowData<QueueShipmentNoticeWorkflowInput>) => {
    const rule = loadReminderRuleStep("shipment_sent")
    const rows = loadShipmentAudienceStep(input.fulfillment_id)
    const messages = transform({ rule, rows }, ({ rule, rows }) =>
      rule.enabled
        ? toReminderMessages("shipment_sent", rule.channels as string[], rows)
        : []
    )
    return new WorkflowResponse(enqueueMessagesStep(messages))
  }
)
