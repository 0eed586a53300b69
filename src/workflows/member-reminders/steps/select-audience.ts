import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReminderKey } from "../../../modules/member-campaign/reminders/keys"
import type { AudienceRow } from "../../../modules/member-segment/types"
import { selectAudience } from "../audiences"

export type SelectAudienceStepInput = {
  key: ReminderKey
  params: unknown
  enabled: boolean
  now: Date | string
}

export const selectReminderAudienceStepId = "select-member-reminder-audience"

/** Who the reminder is for now; nobody while the rule is off. Reads only. */
export const selectReminderAudienceStep = createStep(
  selectReminderAudienceStepId,
  async (input: SelectAudienceStepInput, { container }) => {
    if (!input.enabled) return new StepResponse([] as AudienceRow[])
    return new StepResponse(
      await selectAudience(
        container,
        input.key,
        input.params,
        new Date(input.now)
      )
    )
  }
)
