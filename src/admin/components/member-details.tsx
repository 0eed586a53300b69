import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"
import type { AdminMember, MemberConsent } from "../lib/types"
import { RelativeDate } from "./relative-date"
import { SectionRow } from "./section-row"

const useConsentText = () => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  return ({ granted, changed_at }: MemberConsent) => {
    const state = t(
      granted ? "common.consent.granted" : "common.consent.denied"
    )
    return changed_at
      ? t("common.consent.since", { state, date: format.date(changed_at) })
      : state
  }
}

/** The member's rows: facts first, then profile and consent. */
export const MemberDetails = ({ member }: { member: AdminMember }) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const consentText = useConsentText()
  const { metrics } = member
  const money = (amount: number) => format.money(amount, metrics.currency_code)
  return (
    <>
      <SectionRow
        title={t("member.fields.joined")}
        value={<RelativeDate iso={member.joined_at} />}
      />
      <SectionRow
        title={t("member.fields.orders")}
        value={t("member.ordersValue", {
          orders: format.number(metrics.order_count),
          paid: format.number(metrics.paid_order_count),
        })}
      />
      <SectionRow
        title={t("member.fields.totalSpent")}
        value={money(metrics.total_spent)}
      />
      <SectionRow title={t("member.fields.aov")} value={money(metrics.aov)} />
      <SectionRow
        title={t("member.fields.lastOrder")}
        value={
          metrics.last_order_at ? (
            <RelativeDate iso={metrics.last_order_at} />
          ) : null
        }
      />
      <SectionRow
        title={t("member.fields.tags")}
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
        title={t("member.fields.emailConsent")}
        value={consentText(member.consents.email)}
      />
      <SectionRow
        title={t("member.fields.smsConsent")}
        value={consentText(member.consents.sms)}
      />
      <SectionRow
        title={t("member.fields.birthday")}
        value={member.birthday ? format.calendarDate(member.birthday) : null}
      />
    </>
  )
}
