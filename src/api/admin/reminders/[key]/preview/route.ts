import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { previewReminder } from "../../../../../workflows/member-reminders/preview"
import { assertReminderKey } from "../../../../../workflows/member-reminders/validate-rule-update"
import type { AdminPreviewReminderType } from "../../validators"

/** Renders the reminder (saved or unsaved templates) in both languages; sends nothing. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPreviewReminderType>,
  res: MedusaResponse
) => {
  const key = assertReminderKey(req.params.key)
  res.json({
    preview: await previewReminder(req.scope, { key, ...req.validatedBody }),
  })
}
