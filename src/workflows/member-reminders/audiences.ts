import type { MedusaContainer } from "@medusajs/framework/types"
import {
  MEMBER_CAMPAIGN_MODULE,
  MEMBER_SEGMENT_MODULE,
} from "../../module-keys"
import type { ReminderKey } from "../../modules/member-campaign/reminders/keys"
import {
  REMINDER_PARAMS,
  type ReminderParams,
} from "../../modules/member-campaign/reminders/params"
import type MemberCampaignModuleService from "../../modules/member-campaign/service"
import { localDate } from "../../modules/member-campaign/utils/quiet-hours"
import type MemberSegmentModuleService from "../../modules/member-segment/service"
import type { AudienceRow } from "../../modules/member-segment/types"
import { birthdayDays } from "./birthday-days"
import { loadExpiringPoints } from "./seams/points"
import { ladderRungs, loadLapsingMembers, loadTiers } from "./seams/tiers"

const DAY_MS = 86_400_000
const pad = (n: number) => String(n).padStart(2, "0")

const asOrder = (rows: AudienceRow[]) =>
  rows.map((row) => ({ ...row, data: { order: row.data } }))

/**
 * Who a scan reminder is for at `now`, one row per member and occasion, with the
 * values its template shows. Event reminders (shipment, tier reached) select nobody here.
 */
export async function selectAudience(
  container: MedusaContainer,
  key: ReminderKey,
  rawParams: unknown,
  now: Date
): Promise<AudienceRow[]> {
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const campaigns: MemberCampaignModuleService = container.resolve(
    MEMBER_CAMPAIGN_MODULE
  )
  const { storeTimeZone } = campaigns.campaignOptions()
  const today = localDate(now, storeTimeZone)
  const select = segments.selectReminderAudience.bind(segments)
  switch (key) {
    case "unpaid_order": {
      const p = REMINDER_PARAMS.unpaid_order.parse(rawParams)
      return asOrder(await select({ kind: "unpaid_orders", now, ...p }))
    }
    case "honeymoon": {
      const p = REMINDER_PARAMS.honeymoon.parse(rawParams)
      return asOrder(
        await select({ kind: "first_delivered_orders", now, ...p })
      )
    }
    case "review_request": {
      const p = REMINDER_PARAMS.review_request.parse(rawParams)
      return asOrder(await select({ kind: "delivered_orders", now, ...p }))
    }
    case "dormant": {
      const p = REMINDER_PARAMS.dormant.parse(rawParams)
      return await select({ kind: "dormant_members", now, ...p })
    }
    case "birthday":
      return await birthdayAudience(container, select, today)
    case "holiday":
      return await holidayAudience(
        select,
        REMINDER_PARAMS.holiday.parse(rawParams),
        today
      )
    case "tier_next": {
      const p = REMINDER_PARAMS.tier_next.parse(rawParams)
      const tiers = await loadTiers(container)
      if (!tiers.length) return []
      const names = new Map(tiers.map((t) => [t.id, t.name]))
      const rows = await select({
        kind: "near_next_tier",
        ladder: ladderRungs(tiers),
        within: p.within_percent / 100,
        period: `${today.year}-${pad(today.month)}`,
      })
      return rows.map((row) => ({
        ...row,
        data: {
          ...row.data,
          tier: {
            id: row.data.tier_id,
            name: names.get(String(row.data.tier_id)),
          },
        },
      }))
    }
    case "tier_lapsing": {
      const p = REMINDER_PARAMS.tier_lapsing.parse(rawParams)
      const lapsing = await loadLapsingMembers(
        container,
        now,
        new Date(now.getTime() + p.days_before * DAY_MS)
      )
      const names = new Map(
        (await loadTiers(container)).map((t) => [t.id, t.name])
      )
      return lapsing.map((m) => ({
        customer_id: m.customer_id,
        reference: `lapse:${m.tier_id}:${m.expires_at}`,
        data: {
          tier: {
            id: m.tier_id,
            name: names.get(m.tier_id) ?? m.tier_id,
            expires_at: m.expires_at,
          },
          amount_needed: m.amount_needed,
          currency_code: m.currency_code,
        },
      }))
    }
    case "points_expiring": {
      const p = REMINDER_PARAMS.points_expiring.parse(rawParams)
      const expiring = await loadExpiringPoints(container, now, p.within_days)
      return expiring.map((e) => ({
        customer_id: e.customer_id,
        reference: `expiring:${e.expires_at}`,
        data: { points: { amount: e.points, expires_at: e.expires_at } },
      }))
    }
    case "shipment_sent":
    case "tier_reached":
      return []
  }
}

type Select = MemberSegmentModuleService["selectReminderAudience"]
type Today = ReturnType<typeof localDate>

async function birthdayAudience(
  container: MedusaContainer,
  select: Select,
  today: Today
) {
  const rows = await select({
    kind: "birthdays",
    days: birthdayDays(today),
    reference: `birthday:${today.year}`,
  })
  // the tier's birthday bonus, when the member has a tier that grants one
  const bonus = new Map(
    (await loadTiers(container)).map((t) => [t.id, t.birthday_bonus_points])
  )
  return rows.map((row) => {
    const points = row.data.tier_id ? bonus.get(String(row.data.tier_id)) : null
    return { ...row, data: points ? { offer: { points } } : {} }
  })
}

async function holidayAudience(
  select: Select,
  params: ReminderParams<"holiday">,
  today: Today
) {
  const date = `${pad(today.month)}-${pad(today.day)}`
  const holiday = params.holidays.find((h) => h.date === date)
  if (!holiday) return []
  const rows = await select({
    kind: "all_members",
    reference: `holiday:${today.year}-${date}`,
  })
  return rows.map((row) => ({ ...row, data: { holiday_names: holiday.name } }))
}
