import type { ReminderKey } from "../modules/member-campaign/reminders/keys"
import { pointsExpiring, reviewRequest } from "./reminders/after-purchase"
import { dormant } from "./reminders/dormant"
import { birthday, holiday } from "./reminders/greetings"
import { honeymoon } from "./reminders/honeymoon"
import { shipmentSent } from "./reminders/shipment-sent"
import { tierLapsing, tierNext, tierReached } from "./reminders/tier-notices"
import { unpaidOrder } from "./reminders/unpaid-order"
import type { LocalizedTemplates } from "./types"

/** The built-in message of each reminder, in English and Simplified Chinese. */
export const REMINDER_TEMPLATES: Record<ReminderKey, LocalizedTemplates> = {
  unpaid_order: unpaidOrder,
  shipment_sent: shipmentSent,
  honeymoon,
  dormant,
  tier_reached: tierReached,
  tier_lapsing: tierLapsing,
  tier_next: tierNext,
  holiday,
  birthday,
  points_expiring: pointsExpiring,
  review_request: reviewRequest,
}

export * from "./types"
