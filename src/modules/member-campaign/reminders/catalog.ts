import type { MessageCategory } from "../models/message"
import type { ReminderKey } from "./keys"

export type ReminderTrigger = "scan" | "event"

export type ReminderDefinition = {
  category: MessageCategory
  trigger: ReminderTrigger
  /** What it needs that is built elsewhere; it selects nobody until that is there. */
  needs?: "tiers" | "points"
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
  tier_reached: { category: "marketing", trigger: "event", needs: "tiers" },
  tier_lapsing: { category: "marketing", trigger: "scan", needs: "tiers" },
  tier_next: { category: "marketing", trigger: "scan", needs: "tiers" },
  holiday: { category: "marketing", trigger: "scan" },
  birthday: { category: "marketing", trigger: "scan" },
  points_expiring: { category: "marketing", trigger: "scan", needs: "points" },
  review_request: { category: "marketing", trigger: "scan" },
}
