import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ReminderPolicy } from "../../../policies/reminder"
import {
  AdminPreviewReminder,
  AdminSimulateReminders,
  AdminTestSendReminder,
  AdminUpdateReminder,
} from "./validators"

// "/admin/reminders/:key" would also match ".../simulate": the rule routes exclude it.
const RULE = /^\/admin\/reminders\/(?!simulate$)[^/]+$/

export const adminRemindersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/reminders",
    policies: [ReminderPolicy.read],
  },
  {
    method: ["POST"],
    matcher: "/admin/reminders/simulate",
    middlewares: [validateAndTransformBody(AdminSimulateReminders)],
    policies: [ReminderPolicy.read],
  },
  { method: ["GET"], matcher: RULE, policies: [ReminderPolicy.read] },
  {
    method: ["POST"],
    matcher: RULE,
    middlewares: [validateAndTransformBody(AdminUpdateReminder)],
    policies: [ReminderPolicy.update],
  },
  {
    method: ["POST"],
    matcher: "/admin/reminders/:key/preview",
    middlewares: [validateAndTransformBody(AdminPreviewReminder)],
    policies: [ReminderPolicy.read],
  },
  {
    method: ["POST"],
    matcher: "/admin/reminders/:key/test-send",
    middlewares: [validateAndTransformBody(AdminTestSendReminder)],
    policies: [ReminderPolicy.send],
  },
]
