import type { CampaignOptions } from "../../../modules/member-campaign/options"
import type {
  ClaimedMessage,
  MessageOutcome,
  ReminderRuleDTO,
} from "../../../modules/member-campaign/types"
import { decideContact } from "../../../modules/member-campaign/utils/contact-policy"
import type { MemberContact } from "./types"

export type Sendable = {
  message: ClaimedMessage
  contact: MemberContact
  channel: string
  address: string
}

export async function loadRules(
  listRules: (filters: { key: string[] }) => Promise<ReminderRuleDTO[]>,
  messages: ClaimedMessage[]
) {
  const keys = [
    ...new Set(
      messages.filter((m) => m.source === "reminder").map((m) => m.source_id)
    ),
  ]
  const rules = keys.length ? await listRules({ key: keys }) : []
  return new Map<string, ReminderRuleDTO>(rules.map((rule) => [rule.key, rule]))
}

/** Consent and quiet hours for each message; the ones still sendable are returned. */
export function applyPolicy(
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
