import type { CampaignOptions } from "../../../modules/member-campaign/options"
import type {
  ClaimedMessage,
  MessageOutcome,
  ReminderRuleDTO,
} from "../../../modules/member-campaign/types"
import {
  admitWithinCaps,
  windowStart,
} from "../../../modules/member-campaign/utils/caps"
import { decideContact } from "../../../modules/member-campaign/utils/contact-policy"
import { composeMessage } from "./compose"
import { deliverBatch, type Delivery } from "./deliver"
import { loadContacts } from "./load-contacts"
import type { DispatchDeps, DispatchSummary, MemberContact } from "./types"

const MAX_ATTEMPTS = 5

type Sendable = {
  message: ClaimedMessage
  contact: MemberContact
  channel: string
  address: string
}

const retryAt = (now: Date, attempts: number) =>
  new Date(now.getTime() + 60_000 * 2 ** attempts)

async function loadRules(deps: DispatchDeps, messages: ClaimedMessage[]) {
  const keys = [
    ...new Set(
      messages.filter((m) => m.source === "reminder").map((m) => m.source_id)
    ),
  ]
  const rules = keys.length
    ? await deps.campaigns.listReminderRules({ key: keys })
    : []
  return new Map<string, ReminderRuleDTO>(rules.map((rule) => [rule.key, rule]))
}

/** Consent and quiet hours for each message; the ones still sendable are returned. */
function applyPolicy(
  messages: ClaimedMessage[],
  contacts: Map<string, MemberContact>,
  rules: Map<string, ReminderRuleDTO>,
  options: CampaignOptions,
  now: Date,
  outcomes: MessageOutcome[]
): Sendable[] {
  const sendable: Sendable[] = []
  for (const message of messages) {
    const contact = message.customer_id
      ? contacts.get(message.customer_id)
      : undefined
    const rule = rules.get(message.source_id)
    const decision = decideContact({
      category: message.category,
      channels: message.channels.length ? message.channels : [message.channel],
      recipient: contact
        ? {
            addresses: { email: contact.email, sms: contact.phone },
            consents: contact.consents,
          }
        : null,
      rule_enabled: message.source !== "reminder" || !!rule?.enabled,
      now,
      time_zone: options.storeTimeZone,
      quiet_hours: options.quietHours,
    })
    const base = { id: message.id, attempts: message.attempts }
    if (decision.action === "suppress") {
      outcomes.push({ ...base, status: "suppressed", reason: decision.reason })
    } else if (decision.action === "postpone") {
      outcomes.push({
        ...base,
        status: "queued",
        reason: decision.reason,
        send_after: decision.until,
      })
    } else {
      sendable.push({
        message,
        contact: contact!,
        channel: decision.channel,
        address: decision.address,
      })
    }
  }
  return sendable
}

/** Frequency caps, counted and reserved under a lock per member and channel. */
async function reserve(
  deps: DispatchDeps,
  sendable: Sendable[],
  now: Date,
  outcomes: MessageOutcome[]
) {
  const caps = deps.campaigns.campaignOptions().frequencyCaps
  // a message a previous attempt had committed to is already counted
  const resumed = sendable.filter((s) => s.message.sent_at)
  const fresh = sendable.filter((s) => !s.message.sent_at)
  const marketing = fresh.filter((s) => s.message.category === "marketing")
  const windows = marketing
    .filter((s) => caps[s.channel])
    .map((s) => ({
      customer_id: s.contact.customer_id,
      channel: s.channel,
      since: windowStart(now, caps[s.channel].window_hours),
    }))
  const candidates = marketing.map((s) => ({
    id: s.message.id,
    customer_id: s.contact.customer_id,
    channel: s.channel,
  }))
  const transactional = fresh.filter((s) => s.message.category !== "marketing")
  let capped: Set<string> = new Set()
  const allowed = await deps.campaigns.reserveSends(windows, now, (recent) => {
    const result = admitWithinCaps(candidates, recent, caps)
    capped = new Set(result.capped.map((c) => c.id))
    return [
      ...result.admitted.map((c) => ({ id: c.id, channel: c.channel })),
      ...transactional.map((s) => ({ id: s.message.id, channel: s.channel })),
    ]
  })
  const allowedIds = new Set(allowed.map((a) => a.id))
  for (const s of fresh) {
    if (capped.has(s.message.id)) {
      outcomes.push({
        id: s.message.id,
        attempts: s.message.attempts,
        status: "suppressed",
        reason: `capped:${s.channel}`,
        channel: s.channel,
      })
    }
  }
  return [...resumed, ...fresh.filter((s) => allowedIds.has(s.message.id))]
}

/**
 * One batch of the one dispatcher every message goes through: claim due messages,
 * check consent, quiet hours and caps, render, send through the Notification
 * module, and record each outcome with its reason. Safe to run on several workers.
 */
export async function dispatchBatch(
  deps: DispatchDeps,
  now: Date,
  limit?: number
): Promise<DispatchSummary> {
  const options = deps.campaigns.campaignOptions()
  const claimed = await deps.campaigns.claimMessages(
    now,
    limit ?? options.dispatchBatchSize
  )
  const summary: DispatchSummary = {
    claimed: claimed.length,
    sent: 0,
    suppressed: 0,
    postponed: 0,
    failed: 0,
    retrying: 0,
  }
  if (!claimed.length) return summary
  const ids = claimed.flatMap((m) => (m.customer_id ? [m.customer_id] : []))
  const [contacts, rules] = await Promise.all([
    loadContacts(deps, ids),
    loadRules(deps, claimed),
  ])
  const outcomes: MessageOutcome[] = []
  const sendable = applyPolicy(claimed, contacts, rules, options, now, outcomes)
  const reserved = await reserve(deps, sendable, now, outcomes)
  const composedAll = await Promise.all(
    reserved.map((s) =>
      composeMessage({
        ...s.message,
        channel: s.channel,
        contact: s.contact,
        rule: rules.get(s.message.source_id) ?? null,
        options,
        storeName: deps.storeName,
        secret: deps.secret,
        now,
      })
    )
  )
  const deliveries: Delivery[] = reserved.map((s, index) => ({
    message_id: s.message.id,
    customer_id: s.contact.customer_id,
    template: s.message.source_id,
    channel: s.channel,
    to: s.address,
    category: s.message.category,
    idempotency_key: s.message.idempotency_key,
    composed: composedAll[index],
  }))
  const delivered = await deliverBatch(deps.notifications, deliveries)
  const results = reserved.map((s, index) => ({
    s,
    composed: composedAll[index],
    result: delivered.get(s.message.id)!,
  }))
  for (const { s, composed, result } of results) {
    const base = {
      id: s.message.id,
      attempts: s.message.attempts,
      channel: s.channel,
      recipient: s.address,
      locale: composed.locale,
      subject: composed.subject,
      body_text: composed.text,
      body_html: composed.html,
    }
    if (result.ok) {
      outcomes.push({
        ...base,
        status: "sent",
        reason: null,
        notification_id: result.notification_id,
      })
    } else if (s.message.attempts < MAX_ATTEMPTS) {
      outcomes.push({
        ...base,
        status: "queued",
        reason: `retry: ${result.error}`,
        send_after: retryAt(now, s.message.attempts),
        keep_reservation: true,
      })
    } else {
      outcomes.push({ ...base, status: "failed", reason: result.error })
    }
  }
  await deps.campaigns.settleMessages(outcomes)
  for (const outcome of outcomes) {
    if (outcome.status === "sent") summary.sent++
    else if (outcome.status === "suppressed") summary.suppressed++
    else if (outcome.status === "failed") summary.failed++
    else if (outcome.reason === "quiet_hours") summary.postponed++
    else summary.retrying++
  }
  return summary
}
