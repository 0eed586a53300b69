import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { enqueueMessagesStep } from "./steps/enqueue-messages"
import { loadReminderRuleStep } from "./steps/load-reminder-rule"
import {
  loadTierReachedAudienceStep,
  type TierChanged,
} from "./steps/load-tier-reached-audience"
import { toReminderMessages } from "./to-messages"
import { queueTierNoticeWorkflowId } from "../workflow-ids"

export type QueueTierNoticeWorkflowInput = { moves: TierChanged[] }

/** member.tiers_changed: congratulate the members who moved up on the tier they reached. */
export const queueTierNoticeWorkflow = createWorkflow(
  queueTierNoticeWorkflowId,
  (input: WorkflowData<QueueTierNoticeWorkflowInput>) => {
    const rule = loadReminderRuleStep("tier_reached")
    const rows = loadTierReachedAudienceStep(input.moves)
    const messages = transform({ rule, rows }, ({ rule, rows }) =>
      rule.enabled
        ? toReminderMessages("tier_reached", rule.channels as string[], rows)
        : []
    )
    return new WorkflowResponse(enqueueMessagesStep(messages))
  }
)
