import { Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { randomUUID } from "crypto"
import type { ReminderKey } from "../../modules/member-campaign/reminders/keys"
import type { SupportedLocale } from "../../modules/member-campaign/utils/locale"
import { previewReminder } from "./preview"
import { sendTestMessageWorkflowId } from "../workflow-ids"

export type SendTestMessageInput = {
  key: ReminderKey
  to: string
  locale?: SupportedLocale
  customer_id?: string
}

export const sendTestMessageStepId = "send-member-reminder-test"

/** Renders the reminder and emails it to the given address, outside the message log and caps. */
const sendTestMessageStep = createStep(
  sendTestMessageStepId,
  async (input: SendTestMessageInput, { container }) => {
    const locale = input.locale ?? "en"
    const preview = await previewReminder(container, {
      key: input.key,
      customer_id: input.customer_id,
      locales: [locale],
    })
    const message = preview[locale]
    const notification = await container
      .resolve(Modules.NOTIFICATION)
      .createNotifications({
        to: input.to,
        channel: "email",
        template: input.key,
        idempotency_key: `mbr_test_${randomUUID()}`,
        content: {
          subject: `[Test] ${message.subject}`,
          html: message.html,
          text: message.text,
        },
        data: {
          category: "test",
          locale,
          unsubscribe_url: message.unsubscribe_url,
        },
      })
    return new StepResponse({
      notification_id: notification.id,
      locale,
      subject: message.subject,
    })
  }
)

export const sendTestMessageWorkflow = createWorkflow(
  sendTestMessageWorkflowId,
  (input: WorkflowData<SendTestMessageInput>) =>
    new WorkflowResponse(sendTestMessageStep(input))
)
