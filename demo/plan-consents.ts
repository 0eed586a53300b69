import { createRandom } from "./random"
import type { DemoPlan } from "./types"

export type PlannedConsent = {
  email: string
  email_consent: boolean
  sms_consent: boolean
  locale: string | null
}

/**
 * Marketing consents as stores see them: about 60% of members accept email,
 * about 25% SMS; a few members read Chinese. Deterministic per plan seed.
 */
export function planConsents(plan: DemoPlan): PlannedConsent[] {
  const random = createRandom(plan.seed * 31 + 7)
  return plan.customers.map((customer) => ({
    email: customer.email,
    email_consent: random.chance(0.6),
    sms_consent: random.chance(0.25),
    locale: random.chance(0.15) ? "zh-CN" : null,
  }))
}

/** The demo's reminders: all on, with a holiday calendar. */
export const DEMO_HOLIDAYS = [
  { date: "01-01", name: { en: "New Year", "zh-CN": "新年" } },
  { date: "02-14", name: { en: "Valentine's Day", "zh-CN": "情人节" } },
  { date: "05-01", name: { en: "Labour Day", "zh-CN": "劳动节" } },
  { date: "11-11", name: { en: "Singles' Day", "zh-CN": "双十一" } },
  { date: "12-24", name: { en: "Christmas Eve", "zh-CN": "平安夜" } },
]
