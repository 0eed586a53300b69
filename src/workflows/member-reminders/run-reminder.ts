import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { ReminderKey } from "../../modules/member-campaign/reminders/keys"
import { enqueueMessagesStep } from "./steps/enqueue-messages"
import { loadReminderRuleStep } from "./steps/load-reminder-rule"
import { selectReminderAudienceStep } from "./steps/select-audience"
import { toReminderMessages } from "./to-messages"
import { runReminderWorkflowId } from "../workflow-ids"

export type RunReminderWorkflowInput = {
  key: ReminderKey
  /** The moment the scan runs at (default: now). */
  now?: Date | string
}

/**
 * One scan of a reminder: select who it is for now and queue one message each.
 * Rerunning (a restarted job, an overlapping worker) queues nothing twice.
 */
export const runReminderWorkflow = createWorkflow(
  runReminderWorkflowId,
  (input: WorkflowData<RunReminderWorkflowInput>) => {
    const rule = loadReminderRuleStep(input.key)
    const audienceInput = transform({ input, rule }, ({ input, rule }) => ({
      key: input.key,
      params: rule.params,
      enabled: rule.enabled,
      now: input.now ?? new Date(),
    }))
    const audience = selectReminderAudienceStep(audienceInput)
    const messages = transform({ input, rule, audience }, (data) =>
      toReminderMessages(
        data.input.key,
        data.rule.channels as string[],
        data.audience,
        data.input.now ?? new Date()
      )
    )
    const queued = enqueueMessagesStep(messages)
    return new WorkflowResponse({
      key: input.key,
      selected: transform({ audience }, (d) => d.audience.length),
      queued,
    })
  }
)
