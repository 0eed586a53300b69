import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_CAMPAIGN_MODULE } from "../../../module-keys"
import type MemberCampaignModuleService from "../../../modules/member-campaign/service"
import type { EnqueueMessageInput } from "../../../modules/member-campaign/types"

export const enqueueMessagesStepId = "enqueue-member-messages"

const CHUNK = 5000

/**
 * Queues the messages in chunks; keys already queued or sent are skipped, so a
 * scan that stopped halfway resumes by running again. Compensation removes
 * exactly the rows this step created (while no worker has claimed them).
 */
export const enqueueMessagesStep = createStep(
  enqueueMessagesStepId,
  async (messages: EnqueueMessageInput[], { container }) => {
    const campaigns: MemberCampaignModuleService = container.resolve(
      MEMBER_CAMPAIGN_MODULE
    )
    const created: string[] = []
    for (let start = 0; start < messages.length; start += CHUNK) {
      const rows = await campaigns.enqueueMessages(
        messages.slice(start, start + CHUNK)
      )
      created.push(...rows.map((row) => row.id))
    }
    return new StepResponse(
      { queued: created.length, message_ids: created },
      created
    )
  },
  async (created: string[] | undefined, { container }) => {
    if (!created?.length) return
    const campaigns: MemberCampaignModuleService = container.resolve(
      MEMBER_CAMPAIGN_MODULE
    )
    await campaigns.deleteQueuedMessages(created)
  }
)
