import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBER_CAMPAIGN_MODULE } from "../../module-keys"
import { REMINDERS } from "../../modules/member-campaign/reminders/catalog"
import type { ReminderKey } from "../../modules/member-campaign/reminders/keys"
import type MemberCampaignModuleService from "../../modules/member-campaign/service"
import type { ReminderRuleDTO } from "../../modules/member-campaign/types"
import {
  admitWithinCaps,
  windowStart,
} from "../../modules/member-campaign/utils/caps"
import { decideContact } from "../../modules/member-campaign/utils/contact-policy"
import { selectAudience } from "./audiences"
import { loadContacts } from "./dispatch/load-contacts"
import { resolveDispatchDeps } from "./dispatch/resolve-deps"
import { toReminderMessages } from "./to-messages"

export type SimulatedEntry = {
  customer_id: string
  email: string | null
  reference: string
  channel: string | null
  outcome: "send" | "suppress" | "postpone" | "skip"
  reason: string | null
}

export type SimulatedReminder = {
  key: ReminderKey
  enabled: boolean
  selected: number
  would_send: number
  entries: SimulatedEntry[]
}

/**
 * What each reminder would do at `at`: who it selects and, for each, whether the
 * dispatcher would send (and on which channel) or why not. Writes nothing.
 */
export async function simulateReminder(
  container: MedusaContainer,
  rule: ReminderRuleDTO,
  at: Date,
  limit: number
): Promise<SimulatedReminder> {
  const key = rule.key as ReminderKey
  const deps = await resolveDispatchDeps(container)
  const campaigns: MemberCampaignModuleService = container.resolve(
    MEMBER_CAMPAIGN_MODULE
  )
  const options = campaigns.campaignOptions()
  const audience = await selectAudience(container, key, rule.params, at)
  const messages = toReminderMessages(
    key,
    rule.channels as string[],
    audience
  ).slice(0, limit)
  const existing = await campaigns.listMessages(
    { idempotency_key: messages.map((m) => m.idempotency_key) },
    { select: ["idempotency_key", "status"], take: null }
  )
  const already = new Map(existing.map((m) => [m.idempotency_key, m.status]))
  const contacts = await loadContacts(
    deps,
    messages.map((m) => m.customer_id)
  )
  const entries: SimulatedEntry[] = messages.map((message) => {
    const contact = contacts.get(message.customer_id)
    const base = {
      customer_id: message.customer_id,
      email: contact?.email ?? null,
      reference: message.reference,
      channel: null,
    }
    const status = already.get(message.idempotency_key)
    if (status) return { ...base, outcome: "skip", reason: `already_${status}` }
    const decision = decideContact({
      category: message.category,
      channels: message.channels,
      recipient: contact
        ? {
            addresses: { email: contact.email, sms: contact.phone },
            consents: contact.consents,
          }
        : null,
      rule_enabled: rule.enabled,
      now: at,
      time_zone: options.storeTimeZone,
      quiet_hours: options.quietHours,
    })
    if (decision.action === "send")
      return {
        ...base,
        channel: decision.channel,
        outcome: "send",
        reason: null,
      }
    return { ...base, outcome: decision.action, reason: decision.reason }
  })
  await applySimulatedCaps(campaigns, entries, key, at)
  return {
    key,
    enabled: rule.enabled,
    selected: audience.length,
    would_send: entries.filter((e) => e.outcome === "send").length,
    entries,
  }
}

async function applySimulatedCaps(
  campaigns: MemberCampaignModuleService,
  entries: SimulatedEntry[],
  key: ReminderKey,
  at: Date
) {
  if (REMINDERS[key].category !== "marketing") return
  const caps = campaigns.campaignOptions().frequencyCaps
  const sending = entries.filter(
    (e) => e.outcome === "send" && e.channel && caps[e.channel]
  )
  const recent = await campaigns.countRecentSends(
    sending.map((e) => ({
      customer_id: e.customer_id,
      channel: e.channel!,
      since: windowStart(at, caps[e.channel!].window_hours),
    }))
  )
  const candidates = sending.map((e, index) => ({
    id: String(index),
    customer_id: e.customer_id,
    channel: e.channel!,
  }))
  const { capped } = admitWithinCaps(candidates, recent, caps)
  for (const c of capped) {
    const entry = sending[Number(c.id)]
    entry.outcome = "suppress"
    entry.reason = `capped:${entry.channel}`
  }
}
