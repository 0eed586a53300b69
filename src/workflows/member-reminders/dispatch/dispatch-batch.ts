import type { MessageOutcome } from "../../../modules/member-campaign/types"
import { applyPolicy, loadRules } from "./apply-policy"
import { composeMessage } from "./compose"
import { deliverBatch } from "./deliver"
import { loadContacts } from "./load-contacts"
import { reserve } from "./reserve"
import type { DispatchDeps, DispatchSummary } from "./types"

const MAX_ATTEMPTS = 5

const retryAt = (now: Date, attempts: number) =>
  new Date(now.getTime() + 60_000 * 2 ** attempts)

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
    loadRules((filters) => deps.campaigns.listReminderRules(filters), claimed),
  ])
  const outcomes: MessageOutcome[] = []
  const sendable = applyPolicy(claimed, contacts, rules, options, now, outcomes)
  const reserved = await reserve(deps, sendable, now, outcomes)
  // a message that cannot be rendered fails alone, not its batch
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
      }).catch((error: Error) => error)
    )
  )
  const rendered = reserved.flatMap((s, index) => {
    const composed = composedAll[index]
    if (composed instanceof Error) {
      outcomes.push({
        id: s.message.id,
        attempts: s.message.attempts,
        status: "failed",
        reason: `render: ${composed.message.slice(0, 300)}`,
      })
      return []
    }
    return [{ s, composed }]
  })
  const delivered = await deliverBatch(
    deps.notifications,
    rendered.map(({ s, composed }) => ({
      message_id: s.message.id,
      customer_id: s.contact.customer_id,
      template: s.message.source_id,
      channel: s.channel,
      to: s.address,
      category: s.message.category,
      idempotency_key: s.message.idempotency_key,
      composed,
    }))
  )
  const results = rendered.map(({ s, composed }) => ({
    s,
    composed,
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
