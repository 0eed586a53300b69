import { definePolicies } from "@medusajs/framework/utils"

/** RBAC resources of the reminder and message-log admin routes. */
export const REMINDER_RESOURCE = "member_reminder"
export const MESSAGE_RESOURCE = "member_message"

export const reminderPolicies = definePolicies([
  {
    name: "ReadMemberReminder",
    resource: REMINDER_RESOURCE,
    operation: "read",
    description: "See reminder rules, their counts, previews and the simulator",
  },
  {
    name: "UpdateMemberReminder",
    resource: REMINDER_RESOURCE,
    operation: "update",
    description:
      "Turn reminders on or off and edit their parameters and templates",
  },
  {
    name: "SendMemberReminder",
    resource: REMINDER_RESOURCE,
    operation: "send",
    description: "Send a reminder's test message to an address",
  },
  {
    name: "ReadMemberMessage",
    resource: MESSAGE_RESOURCE,
    operation: "read",
    description: "Read the member message log and rendered messages",
  },
])

export const ReminderPolicy = {
  read: { resource: REMINDER_RESOURCE, operation: "read" },
  update: { resource: REMINDER_RESOURCE, operation: "update" },
  send: { resource: REMINDER_RESOURCE, operation: "send" },
}

export const MessagePolicy = {
  read: { resource: MESSAGE_RESOURCE, operation: "read" },
}
