import type { DataTableFilter } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { MEMBERSHIP_NS } from "../i18n/define"
import type { MEMBER_FILTER_KEYS } from "../lib/member-list-query"
import { MEMBER_STAGES } from "../lib/types"

type MemberFilter = DataTableFilter & {
  id: (typeof MEMBER_FILTER_KEYS)[number]
}

/** The table's filters in the dashboard's language; each id is the list query parameter it sets. */
export const useMemberTableFilters = (): MemberFilter[] => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  return useMemo(() => {
    const consentOptions = [
      { label: t("common.consent.granted"), value: "true" },
      { label: t("common.consent.denied"), value: "false" },
    ]
    return [
      {
        id: "stage",
        type: "radio",
        label: t("memberList.filters.stage"),
        options: MEMBER_STAGES.map((stage) => ({
          label: t(`member.stages.${stage}`),
          value: stage,
        })),
      },
      {
        id: "email_consent",
        type: "radio",
        label: t("memberList.filters.emailConsent"),
        options: consentOptions,
      },
      {
        id: "sms_consent",
        type: "radio",
        label: t("memberList.filters.smsConsent"),
        options: consentOptions,
      },
      {
        id: "tag",
        type: "string",
        label: t("memberList.filters.tag"),
        placeholder: t("memberList.filters.tagPlaceholder"),
      },
    ]
  }, [t])
}
