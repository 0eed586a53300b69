import type { MessageCategory } from "../models/message"
import type { ReminderKey } from "./keys"

export type ReminderTrigger = "scan" | "event"

export type ReminderDefinition = {
  category: MessageCategory
  trigger: ReminderTrigger
}

/**
 * The routine reminders. Transactional ones are an order's own notices: no
 * marketing consent needed, no caps, no quiet hours.
 */
export const REMINDERS: Record<ReminderKey, ReminderDefinition> = {
  unpaid_order: { category: "transactional", trigger: "scan" },
  shipment_sent: { category: "transactional", trigger: "event" },
  honeymoon: { category: "marketing", trigger: "scan" },
  dormant: { category: "marketing", trigger: "scan" },
  tier_reached: { category: "marketing", trigger: "event" },
  tier_lapsing: { category: "marketing", trigger: "scan" },
  tier_next: { category: "marketing", trigger: "scan" },
  holiday: { category: "marketing", trigger: "scan" },
  birthday: { category: "marketing", trigger: "scan" },
  points_expiring: { category: "marketing", trigger: "scan" },
  review_request: { category: "marketing", trigger: "scan" },
}
