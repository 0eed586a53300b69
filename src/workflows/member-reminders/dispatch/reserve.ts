import type { MessageOutcome } from "../../../modules/member-campaign/types"
import {
  admitWithinCaps,
  windowStart,
} from "../../../modules/member-campaign/utils/caps"
import type { Sendable } from "./apply-policy"
import type { DispatchDeps } from "./types"

/** Frequency caps, counted and reserved under a lock per member and channel. */
export async function reserve(
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
