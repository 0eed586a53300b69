import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateReminderRuleWorkflow } from "../../../../workflows/member-reminders"
import { assertReminderKey } from "../../../../workflows/member-reminders/validate-rule-update"
import { loadReminders } from "../load-reminders"
import type { AdminUpdateReminderType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const key = assertReminderKey(req.params.key)
  const [reminder] = await loadReminders(req.scope, [key])
  res.json({ reminder })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateReminderType>,
  res: MedusaResponse
) => {
  const key = assertReminderKey(req.params.key)
  await updateReminderRuleWorkflow(req.scope).run({
    input: { key, ...req.validatedBody },
  })
  const [reminder] = await loadReminders(req.scope, [key])
  res.json({ reminder })
}
