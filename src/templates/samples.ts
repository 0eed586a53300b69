import type { ReminderKey } from "../modules/member-campaign/reminders/keys"

const DAY_MS = 86_400_000

/** Example values for previews and test sends, as a real message of each reminder has them. */
export function sampleData(
  key: ReminderKey,
  now = new Date()
): Record<string, unknown> {
  const order = {
    id: "order_preview",
    display_id: 1042,
    total: 89.9,
    currency_code: "eur",
  }
  const tier = {
    id: "tier_gold",
    name: "Gold",
    expires_at: new Date(now.getTime() + 14 * DAY_MS).toISOString(),
  }
  switch (key) {
    case "unpaid_order":
    case "honeymoon":
    case "review_request":
      return { order }
    case "shipment_sent":
      return {
        order,
        shipment: { id: "ful_preview", tracking_number: "1Z999AA10123456784" },
      }
    case "dormant":
      return {
        last_order_at: new Date(now.getTime() - 120 * DAY_MS).toISOString(),
      }
    case "tier_reached":
      return { tier }
    case "tier_lapsing":
      return { tier, amount_needed: 45, currency_code: "eur" }
    case "tier_next":
      return { tier, amount_needed: 30, basis: "spend", currency_code: "eur" }
    case "holiday":
      return { holiday_names: { en: "Spring Festival", "zh-CN": "春节" } }
    case "birthday":
      return { offer: { points: 200 } }
    case "points_expiring":
      return {
        points: {
          amount: 350,
          expires_at: new Date(now.getTime() + 10 * DAY_MS).toISOString(),
        },
      }
  }
}
