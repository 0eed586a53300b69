export const REMINDER_KEYS = [
  "unpaid_order",
  "shipment_sent",
  "honeymoon",
  "dormant",
  "tier_reached",
  "tier_lapsing",
  "tier_next",
  "holiday",
  "birthday",
  "points_expiring",
  "review_request",
] as const
export type ReminderKey = (typeof REMINDER_KEYS)[number]

export const isReminderKey = (value: string): value is ReminderKey =>
  (REMINDER_KEYS as readonly string[]).includes(value)
