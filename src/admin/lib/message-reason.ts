import type { Formatters } from "./format"
import type { MembershipT } from "./zod-issue-message"

const PLAIN = [
  "rule_disabled",
  "no_member",
  "no_address",
  "quiet_hours",
  "erased",
] as const
type PlainReason = (typeof PLAIN)[number]

/** A channel's name in the dashboard's language; another channel as it is named. */
export const channelName = (t: MembershipT, channel: string) =>
  channel === "email" || channel === "sms"
    ? t(`reminders.channels.${channel}`)
    : channel

/**
 * A message's reason in the dashboard's language. The dispatcher records codes
 * ("quiet_hours", "no_consent:email,sms", "capped:email", "render: …"); a
 * provider's own error text is shown as it came.
 */
export const messageReason = (
  t: MembershipT,
  format: Formatters,
  reason: string | null | undefined
): string => {
  if (!reason) {
    return t("reminders.messages.none")
  }
  const colon = reason.indexOf(":")
  const code = colon < 0 ? reason : reason.slice(0, colon)
  const detail = colon < 0 ? "" : reason.slice(colon + 1).trim()
  if (code === "no_consent" || code === "capped") {
    const channels = detail
      .split(",")
      .filter(Boolean)
      .map((channel) => channelName(t, channel))
    return t(`reminders.messages.reasons.${code}`, {
      channels: format.list(channels),
    })
  }
  if (code === "render" || code === "retry") {
    return t(`reminders.messages.reasons.${code}`, { detail })
  }
  if (!detail && (PLAIN as readonly string[]).includes(code)) {
    return t(`reminders.messages.reasons.${code as PlainReason}`)
  }
  return reason
}
