import { Badge, Text, Tooltip } from "@medusajs/ui"
import { messages } from "../lib/i18n"
import {
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatMoney,
  formatRelative,
} from "../lib/format"
import type { AdminMember, MemberConsent } from "../lib/types"
import { SectionRow } from "./section-row"

const { fields } = messages.member

const RelativeDate = ({ iso }: { iso: string }) => (
  <Tooltip content={formatDateTime(iso)}>
    <Text size="small" leading="compact">
      {`${formatRelative(iso)} · ${formatDate(iso)}`}
    </Text>
  </Tooltip>
)

const consentText = ({ granted, changed_at }: MemberConsent) => {
  const state = granted
    ? messages.member.consentGranted
    : messages.member.consentDenied
  return changed_at
    ? `${state} (${messages.member.consentChanged(formatDate(changed_at))})`
    : state
}

/** The member's rows: facts first, then profile and consent. */
export const MemberDetails = ({ member }: { member: AdminMember }) => {
  const { metrics } = member
  const money = (amount: number) => formatMoney(amount, metrics.currency_code)
  return (
    <>
      <SectionRow
        title={fields.joined}
        value={<RelativeDate iso={member.joined_at} />}
      />
      <SectionRow
        title={fields.orders}
        value={messages.member.ordersValue(
          metrics.order_count,
          metrics.paid_order_count
        )}
      />
      <SectionRow
        title={fields.totalSpent}
        value={money(metrics.total_spent)}
      />
      <SectionRow title={fields.aov} value={money(metrics.aov)} />
      <SectionRow
        title={fields.lastOrder}
        value={
          metrics.last_order_at ? (
            <RelativeDate iso={metrics.last_order_at} />
          ) : null
        }
      />
      <SectionRow
        title={fields.tags}
        value={
          member.tags.length
            ? member.tags.map((tag) => (
                <Badge key={tag} size="2xsmall">
                  {tag}
                </Badge>
              ))
            : null
        }
      />
      <SectionRow
        title={fields.emailConsent}
        value={consentText(member.consents.email)}
      />
      <SectionRow
        title={fields.smsConsent}
        value={consentText(member.consents.sms)}
      />
      <SectionRow
        title={fields.birthday}
        value={member.birthday ? formatCalendarDate(member.birthday) : null}
      />
    </>
  )
}
