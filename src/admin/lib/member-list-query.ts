import type {
  DataTableFilteringState,
  DataTableSortingState,
} from "@medusajs/ui"
import { MAX_SEARCH_LENGTH, MAX_TAG_LENGTH } from "../../limits"
import {
  BOOLEAN_FLAGS,
  MEMBER_SORT_FIELDS,
  MEMBER_STAGES,
  type AdminMemberListParams,
  type MemberOrder,
} from "./types"

export const MEMBER_PAGE_SIZE = 20
export const DEFAULT_MEMBER_ORDER: MemberOrder = "-total_spent"

/** URL parameters the table filters own; each is also a list query field. */
export const MEMBER_FILTER_KEYS = [
  "stage",
  "tag",
  "email_consent",
  "sms_consent",
] as const

type MemberListQuery = AdminMemberListParams &
  Required<Pick<AdminMemberListParams, "order" | "offset" | "limit">>

const ORDERS = MEMBER_SORT_FIELDS.flatMap(
  (field) => [field, `-${field}`] as const
)

const pick = <T extends string>(value: string | null, allowed: readonly T[]) =>
  allowed.find((option) => option === value)

const text = (value: string | null, maxLength: number) =>
  value?.trim().slice(0, maxLength) || undefined

/** The list query the URL asks for; a hand-edited value the API would refuse is dropped. */
export const memberListParams = (search: URLSearchParams): MemberListQuery => {
  const offset = Number.parseInt(search.get("offset") ?? "", 10)
  return {
    q: text(search.get("q"), MAX_SEARCH_LENGTH),
    stage: pick(search.get("stage"), MEMBER_STAGES),
    tag: text(search.get("tag"), MAX_TAG_LENGTH),
    email_consent: pick(search.get("email_consent"), BOOLEAN_FLAGS),
    sms_consent: pick(search.get("sms_consent"), BOOLEAN_FLAGS),
    order: pick(search.get("order"), ORDERS) ?? DEFAULT_MEMBER_ORDER,
    offset: offset > 0 ? offset : 0,
    limit: MEMBER_PAGE_SIZE,
  }
}

export const sortingFromOrder = (order: MemberOrder): DataTableSortingState =>
  order.startsWith("-")
    ? { id: order.slice(1), desc: true }
    : { id: order, desc: false }

// Clearing the sort (a third header click) hands over no state at all.
export const orderFromSorting = (sorting?: DataTableSortingState) =>
  (sorting && pick(`${sorting.desc ? "-" : ""}${sorting.id}`, ORDERS)) ??
  DEFAULT_MEMBER_ORDER

export const filteringFromParams = (
  params: AdminMemberListParams
): DataTableFilteringState =>
  Object.fromEntries(
    MEMBER_FILTER_KEYS.flatMap((key) =>
      params[key] === undefined ? [] : [[key, params[key]]]
    )
  )

export const paramsFromFiltering = (state: DataTableFilteringState) =>
  Object.fromEntries(
    MEMBER_FILTER_KEYS.map((key) => {
      const value = state[key]
      return [key, typeof value === "string" ? value : undefined]
    })
  )
