import type { DataTableFilter } from "@medusajs/ui"
import { messages } from "./i18n"
import type { MEMBER_FILTER_KEYS } from "./member-list-query"
import { MEMBER_STAGES } from "./types"

type MemberFilter = DataTableFilter & {
  id: (typeof MEMBER_FILTER_KEYS)[number]
}

const { filters } = messages.memberList

const consentOptions = [
  { label: messages.member.consentGranted, value: "true" },
  { label: messages.member.consentDenied, value: "false" },
]

/** The table's filters; each id is the list query parameter it sets. */
export const memberTableFilters: MemberFilter[] = [
  {
    id: "stage",
    type: "radio",
    label: filters.stage,
    options: MEMBER_STAGES.map((stage) => ({
      label: messages.member.stages[stage],
      value: stage,
    })),
  },
  {
    id: "email_consent",
    type: "radio",
    label: filters.emailConsent,
    options: consentOptions,
  },
  {
    id: "sms_consent",
    type: "radio",
    label: filters.smsConsent,
    options: consentOptions,
  },
  {
    id: "tag",
    type: "string",
    label: filters.tag,
    placeholder: filters.tagPlaceholder,
  },
]
