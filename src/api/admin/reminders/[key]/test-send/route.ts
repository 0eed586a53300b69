import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { sendTestMessageWorkflow } from "../../../../../workflows/member-reminders"
import { assertReminderKey } from "../../../../../workflows/member-reminders/validate-rule-update"
import type { AdminTestSendReminderType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminTestSendReminderType>,
  res: MedusaResponse
) => {
  const key = assertReminderKey(req.params.key)
  const { result } = await sendTestMessageWorkflow(req.scope).run({
    input: { key, ...req.validatedBody },
  })
  res.json({ test_send: result })
}
