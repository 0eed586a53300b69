import type { BigNumberInput, InferTypeOf } from "@medusajs/framework/types"

import type { CustomerMetrics } from "./models/customer-metrics"
import type { MemberBackfill } from "./models/member-backfill"
import type { OrderFact } from "./models/order-fact"

import type { MemberStage } from "../../types/member-stage"

export { MEMBER_STAGES, type MemberStage } from "../../types/member-stage"

type DateInput = Date | string

/** What a workflow knows about one order; upserted by order_id. */
export type OrderFactInput = {
  order_id: string
  /** null: the customer was deleted and the fact is anonymous. */
  customer_id: string | null
  currency_code: string
  country_code?: string | null
  item_subtotal: BigNumberInput
  shipping_total: BigNumberInput
  discount_total: BigNumberInput
  total: BigNumberInput
  paid_total: BigNumberInput
  refunded_total: BigNumberInput
  returned_item_count?: number
  placed_at: DateInput
  paid_at?: DateInput | null
  canceled_at?: DateInput | null
  shipped_at?: DateInput | null
  delivered_at?: DateInput | null
  /** The order's lines; when given, they replace the order's stored lines. */
  lines?: OrderLineFactInput[]
}

/** One line of an order, as purchase facts keep it. */
export type OrderLineFactInput = {
  line_item_id: string
  product_id: string | null
  variant_id: string | null
  /** The product's categories and all their ancestors. */
  category_ids: string[]
  collection_id: string | null
  quantity: number
  /** The line's subtotal after its discounts, in the order's currency. */
  net_amount: BigNumberInput
}

/** An order's stored lines before an upsert changed them. */
export type OrderLinesSnapshot = {
  order_id: string
  lines: Record<string, unknown>[]
}

/** A stored fact as it was before an upsert changed it (money as decimal strings). */
export type OrderFactSnapshot = {
  id: string
  order_id: string
  customer_id: string | null
  currency_code: string
  country_code: string | null
  item_subtotal: string
  shipping_total: string
  discount_total: string
  total: string
  paid_total: string
  refunded_total: string
  returned_item_count: number
  placed_at: string
  paid_at: string | null
  canceled_at: string | null
  shipped_at: string | null
  delivered_at: string | null
}

export type UpsertOrderFactsResult = {
  /** Customers whose metrics depend on the given facts (new and previous owners). */
  customer_ids: string[]
  /** order_ids of facts this call inserted. */
  created_order_ids: string[]
  /** Prior versions of facts this call changed. */
  previous: OrderFactSnapshot[]
  /** Prior lines of the orders whose lines this call changed. */
  previous_lines: OrderLinesSnapshot[]
}

export type RevertOrderFactsInput = {
  previous: OrderFactSnapshot[]
  created_order_ids: string[]
  previous_lines?: OrderLinesSnapshot[]
}

export type MemberProfileInput = {
  customer_id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  signup_at: DateInput | null
  stage: MemberStage | null
  birthday_month: number | null
  birthday_day: number | null
  tags: string[]
  email_consent: boolean
  sms_consent: boolean
}

export type MemberTierInput = {
  customer_id: string
  tier_id: string | null
  tier_rank: number | null
}

/** A tier's qualification measure: basis over a window, keyed for lookups. */
export type TierMeasure = {
  key: string
  basis: "spend" | "orders" | "points_earned"
  window: "lifetime" | "rolling" | "calendar_year"
  days: number | null
}

export type TierMeasureQuery = {
  customer_ids: string[]
  measures: TierMeasure[]
  currency_code: string
  now: Date
}

export type TierPreviewQuery = {
  measures: TierMeasure[]
  ladder: { rank: number; key: string; threshold: number }[]
  currency_code: string
  now: Date
}

export type TierPreviewRow = {
  rank: number
  members: number
  revenue: number
  up: number
  down: number
  unchanged: number
  up_sample: string[]
  down_sample: string[]
}

export type WindowOrder = { placed_at: Date; net: number }

export type MemberPointsBalanceInput = {
  customer_id: string
  points_available: number
  points_pending: number
}

export const MEMBER_SORT_FIELDS = [
  "total_spent",
  "order_count",
  "last_order_at",
  "signup_at",
] as const
export type MemberSortField = (typeof MEMBER_SORT_FIELDS)[number]
export type SortDirection = "ASC" | "DESC" | "asc" | "desc"

export type ListMembersFilters = {
  stage?: MemberStage | MemberStage[]
  tag?: string
  email_consent?: boolean
  sms_consent?: boolean
  q?: string
}

export type ListMembersConfig = {
  skip?: number
  take?: number
  order?: Partial<Record<MemberSortField, SortDirection>>
}

export type CustomerMetricsDTO = InferTypeOf<typeof CustomerMetrics>
export type OrderFactDTO = InferTypeOf<typeof OrderFact>
export type MemberBackfillDTO = InferTypeOf<typeof MemberBackfill>

/** One member a routine reminder is for, and what it is about. */
export type AudienceRow = {
  customer_id: string
  reference: string
  data: Record<string, unknown>
}

/** A rung of the tier ladder as tier notices compare standings with it. */
export type LadderRung = {
  tier_id: string
  rank: number
  basis: TierMeasure["basis"]
  threshold: number
  /** The rank members must hold to be "one rung below" (0: no tier yet). */
  below_rank: number
}

/** The audiences reminder scans select, with their parameters. */
export type AudienceQuery =
  | {
      kind: "unpaid_orders"
      now: Date
      after_hours: number
      within_days: number
    }
  | {
      kind: "delivered_orders"
      now: Date
      after_days: number
      within_days: number
    }
  | {
      kind: "first_delivered_orders"
      now: Date
      after_days: number
      within_days: number
    }
  | {
      kind: "dormant_members"
      now: Date
      after_days: number
      within_days: number
    }
  | {
      kind: "birthdays"
      days: { month: number; day: number }[]
      reference: string
    }
  | { kind: "all_members"; reference: string }
  | {
      kind: "near_next_tier"
      ladder: LadderRung[]
      within: number
      period: string
    }
