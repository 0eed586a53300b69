import { MEMBER_STAGES } from "../../../types/member-stage"
import type { RuleOperator } from "./types"
import { RFM_GROUPS } from "./rfm"

export const FIELD_TYPES = [
  "money",
  "integer",
  "ratio",
  "date",
  "text",
  "enum",
  "tags",
  "boolean",
  "purchases",
] as const
export type FieldType = (typeof FIELD_TYPES)[number]

export const FIELD_GROUPS = [
  "metrics",
  "membership",
  "tier",
  "points",
  "rfm",
  "purchases",
] as const
export type FieldGroup = (typeof FIELD_GROUPS)[number]

export type FieldUnit =
  | "currency"
  | "orders"
  | "points"
  | "days"
  | "ratio"
  | "score"
  | "percentile"
  | "month"
  | null

export type FieldDefinition = {
  key: string
  group: FieldGroup
  type: FieldType
  unit: FieldUnit
  /** SQL over the metrics row `m`; never user input. */
  column: string
  /** Whether the stored value may be unset (NULL). */
  nullable: boolean
  operators: readonly RuleOperator[]
  /** Allowed values of an enum field. */
  values?: readonly string[]
  /** Inclusive bounds of integer fields. */
  min?: number
  max?: number
  label: { en: string; zh: string }
}

const NUMBER_OPS = [
  "eq",
  "neq",
  "gt",
  "gte",
  "lt",
  "lte",
  "between",
  "in",
  "nin",
] as const
const NULLABLE = ["is_set", "is_not_set"] as const
const DATE_OPS = ["within_last_days", "before_days_ago", ...NULLABLE] as const
const TEXT_OPS = ["eq", "neq", "in", "nin", ...NULLABLE] as const

type Spec = Omit<
  FieldDefinition,
  "key" | "column" | "operators" | "nullable"
> & {
  column?: string
  operators?: readonly RuleOperator[]
  nullable?: boolean
}

const money = (group: FieldGroup, en: string, zh: string): Spec => ({
  group,
  type: "money",
  unit: "currency",
  label: { en, zh },
})
const count = (
  group: FieldGroup,
  unit: FieldUnit,
  en: string,
  zh: string,
  extra: Partial<Spec> = {}
): Spec => ({
  group,
  type: "integer",
  unit,
  min: 0,
  label: { en, zh },
  ...extra,
})
const ratio = (en: string, zh: string): Spec => ({
  group: "metrics",
  type: "ratio",
  unit: "ratio",
  label: { en, zh },
})
const date = (group: FieldGroup, en: string, zh: string): Spec => ({
  group,
  type: "date",
  unit: "days",
  nullable: true,
  label: { en, zh },
})
const score = (en: string, zh: string): Spec => ({
  group: "rfm",
  type: "integer",
  unit: "score",
  min: 1,
  max: 5,
  nullable: true,
  label: { en, zh },
})

// Days until the next birthday (0 = today, UTC); 29 February counts as 28 February in other years.
const DAYS_TO_BIRTHDAY = `(CASE WHEN m.birthday_month IS NULL OR m.birthday_day IS NULL THEN NULL ELSE (
  SELECT CASE WHEN b.this_year >= b.today THEN b.this_year - b.today ELSE b.next_year - b.today END
  FROM (SELECT t.today,
    make_date(extract(year FROM t.today)::int, m.birthday_month,
      least(m.birthday_day, extract(day FROM (make_date(extract(year FROM t.today)::int, m.birthday_month, 1) + interval '1 month - 1 day'))::int)) AS this_year,
    make_date(extract(year FROM t.today)::int + 1, m.birthday_month,
      least(m.birthday_day, extract(day FROM (make_date(extract(year FROM t.today)::int + 1, m.birthday_month, 1) + interval '1 month - 1 day'))::int)) AS next_year
    FROM (SELECT (?::timestamptz AT TIME ZONE 'UTC')::date AS today) t) b) END)`

const SPECS: Record<string, Spec> = {
  order_count: count("metrics", "orders", "Orders", "订单数"),
  paid_order_count: count("metrics", "orders", "Paid orders", "已付款订单数"),
  total_spent: money("metrics", "Total spent", "累计消费"),
  aov: money("metrics", "Average order", "平均订单金额"),
  aov_90d: money("metrics", "Average order (90 days)", "平均订单金额（90天）"),
  aov_365d: money(
    "metrics",
    "Average order (365 days)",
    "平均订单金额（365天）"
  ),
  max_order: money("metrics", "Largest order", "最大订单金额"),
  first_order_at: date("metrics", "First order", "首次下单"),
  last_order_at: date("metrics", "Last order", "最近下单"),
  orders_placed: count(
    "metrics",
    "orders",
    "Orders placed (incl. canceled)",
    "下单数（含取消）",
    {
      column: "(m.order_count + m.cancel_count)",
    }
  ),
  unpaid_order_count: count(
    "metrics",
    "orders",
    "Unpaid orders",
    "未付款订单数"
  ),
  oldest_unpaid_at: date("metrics", "Oldest unpaid order", "最早未付款订单"),
  cancel_count: count("metrics", "orders", "Canceled orders", "取消订单数"),
  cancel_rate: ratio("Cancel rate", "取消率"),
  refund_total: money("metrics", "Refunded", "退款金额"),
  refund_rate: ratio("Refund rate", "退款率"),
  return_count: count(
    "metrics",
    "orders",
    "Orders with returns",
    "有退货的订单数"
  ),
  country_code: {
    group: "metrics",
    type: "text",
    unit: null,
    nullable: true,
    operators: TEXT_OPS,
    label: { en: "Country", zh: "国家/地区" },
  },
  stage: {
    group: "membership",
    type: "enum",
    unit: null,
    nullable: true,
    values: MEMBER_STAGES,
    operators: TEXT_OPS,
    label: { en: "Lifecycle stage", zh: "生命周期阶段" },
  },
  signup_at: date("membership", "Signed up", "注册时间"),
  tags: {
    group: "membership",
    type: "tags",
    unit: null,
    operators: ["contains", "is_set", "is_not_set"],
    label: { en: "Tags", zh: "标签" },
  },
  email_consent: {
    group: "membership",
    type: "boolean",
    unit: null,
    operators: ["eq"],
    label: { en: "Email consent", zh: "同意邮件" },
  },
  sms_consent: {
    group: "membership",
    type: "boolean",
    unit: null,
    operators: ["eq"],
    label: { en: "SMS consent", zh: "同意短信" },
  },
  birthday_month: count("membership", "month", "Birthday month", "生日月份", {
    min: 1,
    max: 12,
    nullable: true,
  }),
  days_to_birthday: count(
    "membership",
    "days",
    "Days to birthday",
    "距离生日天数",
    {
      column: DAYS_TO_BIRTHDAY,
      max: 366,
      nullable: true,
    }
  ),
  birthday_this_month: {
    group: "membership",
    type: "boolean",
    unit: null,
    column:
      "(m.birthday_month = extract(month FROM (?::timestamptz AT TIME ZONE 'UTC'))::int)",
    operators: ["eq"],
    label: { en: "Birthday this month", zh: "本月生日" },
  },
  tier_id: {
    group: "tier",
    type: "text",
    unit: null,
    nullable: true,
    operators: TEXT_OPS,
    label: { en: "Tier", zh: "等级" },
  },
  tier_rank: count("tier", null, "Tier rank", "等级排名", { nullable: true }),
  points_available: count("points", "points", "Available points", "可用积分"),
  points_pending: count("points", "points", "Pending points", "待生效积分"),
  rfm_recency: score("Recency score (1-5)", "最近购买评分（1-5）"),
  rfm_frequency: score("Frequency score (1-5)", "购买频率评分（1-5）"),
  rfm_monetary: score("Monetary score (1-5)", "消费金额评分（1-5）"),
  rfm_group: {
    group: "rfm",
    type: "enum",
    unit: null,
    nullable: true,
    values: RFM_GROUPS,
    operators: TEXT_OPS,
    label: { en: "RFM group", zh: "RFM 分组" },
  },
  spend_percentile: count(
    "rfm",
    "percentile",
    "Spend percentile (0-99)",
    "消费百分位（0-99）",
    {
      max: 99,
      nullable: true,
    }
  ),
  purchases: {
    group: "purchases",
    type: "purchases",
    unit: null,
    column: "",
    operators: ["purchased"],
    label: { en: "Purchases", zh: "购买记录" },
  },
}

const defaultOperators = (spec: Spec): readonly RuleOperator[] => {
  if (spec.type === "date") return DATE_OPS
  const base = NUMBER_OPS
  return spec.nullable ? [...base, ...NULLABLE] : base
}

/** Every field a rule may name, keyed by field. */
export const FIELD_CATALOGUE: Record<string, FieldDefinition> =
  Object.fromEntries(
    Object.entries(SPECS).map(([key, spec]) => [
      key,
      {
        ...spec,
        key,
        column: spec.column ?? `m.${key}`,
        nullable: spec.nullable ?? false,
        operators: spec.operators ?? defaultOperators(spec),
      },
    ])
  )

export const fieldDefinition = (key: string): FieldDefinition | undefined =>
  Object.prototype.hasOwnProperty.call(FIELD_CATALOGUE, key)
    ? FIELD_CATALOGUE[key]
    : undefined
