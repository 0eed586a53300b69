import type { MessageCategory } from "../models/message"
import { quietHoursEnd, type QuietHours } from "./quiet-hours"

/** What the dispatcher knows about a recipient when it decides. */
export type Recipient = {
  addresses: Record<string, string | null | undefined>
  consents: Record<string, boolean | undefined>
}

export type PolicyInput = {
  category: MessageCategory
  channels: string[]
  recipient: Recipient | null
  rule_enabled: boolean
  now: Date
  time_zone: string
  quiet_hours: QuietHours | null
}

export type PolicyDecision =
  | { action: "send"; channel: string; address: string }
  | { action: "suppress"; reason: string }
  | { action: "postpone"; until: Date; reason: "quiet_hours" }

/**
 * Consent, then quiet hours (frequency caps come after, under a lock, because they
 * count other sends). Transactional messages (an order's own notices) need no
 * marketing consent and ignore quiet hours; marketing needs the member's consent
 * on the channel and waits out the store's quiet hours.
 */
export function decideContact(input: PolicyInput): PolicyDecision {
  if (!input.rule_enabled)
    return { action: "suppress", reason: "rule_disabled" }
  if (!input.recipient) return { action: "suppress", reason: "no_member" }
  const { addresses, consents } = input.recipient
  const marketing = input.category === "marketing"
  const reachable = input.channels.filter((channel) => !!addresses[channel])
  if (!reachable.length) return { action: "suppress", reason: "no_address" }
  const channel = marketing
    ? reachable.find((candidate) => consents[candidate] === true)
    : reachable[0]
  if (!channel) {
    return { action: "suppress", reason: `no_consent:${reachable.join(",")}` }
  }
  if (marketing) {
    const until = quietHoursEnd(input.now, input.time_zone, input.quiet_hours)
    if (until) return { action: "postpone", until, reason: "quiet_hours" }
  }
  return { action: "send", channel, address: addresses[channel] as string }
}
