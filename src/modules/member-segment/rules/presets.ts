import { z } from "zod"
import { RFM_GROUPS } from "./rfm"
import type { RuleNode } from "./types"

/** A rung of the tier ladder as the "near the next tier" preset reads it. */
export type PresetTier = {
  id: string
  rank: number
  basis: "spend" | "orders" | "points_earned"
  threshold: number
}

export type PresetContext = { tiers: PresetTier[] }

const days = (fallback: number) =>
  z.number().int().min(1).max(3650).default(fallback)
const ids = z.array(z.string().min(1).max(200)).min(1).max(200)

type Preset = {
  key: string
  label: { en: string; zh: string }
  description: { en: string; zh: string }
  params: z.ZodObject
  /** Whether the preset can be used (e.g. a tier ladder exists). */
  available?: (context: PresetContext) => boolean
  build: (params: Record<string, unknown>, context: PresetContext) => RuleNode
}

const define = <S extends z.ZodObject>(
  preset: Omit<Preset, "params" | "build"> & {
    params: S
    build: (params: z.infer<S>, context: PresetContext) => RuleNode
  }
): Preset => preset as unknown as Preset

const nearNextTier = (withinPercent: number, tiers: PresetTier[]): RuleNode => {
  const ladder = [...tiers]
    .filter((tier) => tier.basis !== "points_earned" && tier.threshold > 0)
    .sort((a, b) => a.rank - b.rank)
  const rungs = ladder.map((tier, index): RuleNode => {
    const field = tier.basis === "spend" ? "total_spent" : "order_count"
    const floor = tier.threshold * (1 - withinPercent / 100)
    const below =
      index === 0
        ? {
            any: [
              { field: "tier_rank", op: "is_not_set" },
              { field: "tier_rank", op: "lt", value: tier.rank },
            ] as RuleNode[],
          }
        : ({
            field: "tier_rank",
            op: "eq",
            value: ladder[index - 1].rank,
          } as RuleNode)
    return {
      all: [
        below,
        {
          field,
          op: "gte",
          value:
            field === "order_count"
              ? Math.floor(floor)
              : Math.round(floor * 100) / 100,
        },
        { field, op: "lt", value: tier.threshold },
      ],
    }
  })
  return rungs.length === 1 ? rungs[0] : { any: rungs }
}

/** Ready-made, parameterised rules; each builds a plain rule the merchant can open and edit. */
export const PRESETS: Preset[] = [
  define({
    key: "rfm_group",
    label: { en: "RFM group", zh: "RFM 分组" },
    description: {
      en: "Members in one RFM group (champions, loyal, at risk, hibernating, ...)",
      zh: "某个 RFM 分组的会员（冠军、忠诚、流失风险、沉睡……）",
    },
    params: z
      .object({ group: z.enum(RFM_GROUPS).default("champions") })
      .strict(),
    build: ({ group }) => ({ field: "rfm_group", op: "eq", value: group }),
  }),
  define({
    key: "dormant",
    label: { en: "Dormant", zh: "沉睡会员" },
    description: {
      en: "Bought before, but not in the last N days",
      zh: "曾经购买，但最近 N 天未下单",
    },
    params: z.object({ days: days(90) }).strict(),
    build: ({ days }) => ({
      all: [
        { field: "order_count", op: "gte", value: 1 },
        { field: "last_order_at", op: "before_days_ago", value: days },
      ],
    }),
  }),
  define({
    key: "high_value",
    label: { en: "High value", zh: "高价值会员" },
    description: {
      en: "The top X% of buyers by total spent",
      zh: "累计消费排名前 X% 的买家",
    },
    params: z
      .object({ top_percent: z.number().int().min(1).max(100).default(20) })
      .strict(),
    build: ({ top_percent }) => ({
      field: "spend_percentile",
      op: "gte",
      value: 100 - top_percent,
    }),
  }),
  define({
    key: "near_threshold_aov",
    label: { en: "Near a spend threshold", zh: "接近满额门槛" },
    description: {
      en: 'Average order just below a threshold T (within a band), e.g. for "free shipping over T"',
      zh: "平均订单金额略低于门槛 T（在区间内），例如“满 T 包邮”",
    },
    params: z
      .object({
        threshold: z.number().positive().max(1_000_000).default(80),
        band: z.number().positive().max(1_000_000).default(20),
      })
      .strict(),
    build: ({ threshold, band }) => ({
      all: [
        { field: "paid_order_count", op: "gte", value: 1 },
        { field: "aov", op: "gte", value: Math.max(threshold - band, 0) },
        { field: "aov", op: "lt", value: threshold },
      ],
    }),
  }),
  define({
    key: "unpaid_orders",
    label: { en: "Unpaid orders", zh: "有未付款订单" },
    description: {
      en: "Members with at least N unpaid orders",
      zh: "至少有 N 个未付款订单的会员",
    },
    params: z
      .object({ min_orders: z.number().int().min(1).max(1000).default(1) })
      .strict(),
    build: ({ min_orders }) => ({
      field: "unpaid_order_count",
      op: "gte",
      value: min_orders,
    }),
  }),
  define({
    key: "honeymoon",
    label: { en: "Honeymoon", zh: "新客蜜月期" },
    description: {
      en: "First order within the last N days",
      zh: "首单在最近 N 天内",
    },
    params: z.object({ days: days(30) }).strict(),
    build: ({ days }) => ({
      field: "first_order_at",
      op: "within_last_days",
      value: days,
    }),
  }),
  define({
    key: "birthday_this_month",
    label: { en: "Birthday this month", zh: "本月生日" },
    description: {
      en: "Members whose birthday is this month",
      zh: "本月过生日的会员",
    },
    params: z.object({}).strict(),
    build: () => ({ field: "birthday_this_month", op: "eq", value: true }),
  }),
  define({
    key: "birthday_soon",
    label: { en: "Birthday soon", zh: "生日临近" },
    description: {
      en: "Birthday within the next N days",
      zh: "未来 N 天内过生日",
    },
    params: z
      .object({ days: z.number().int().min(0).max(366).default(7) })
      .strict(),
    build: ({ days }) => ({
      field: "days_to_birthday",
      op: "lte",
      value: days,
    }),
  }),
  define({
    key: "one_time_buyers",
    label: { en: "One-time buyers", zh: "仅购买一次" },
    description: {
      en: "Exactly one order (not canceled)",
      zh: "恰好一个（未取消）订单",
    },
    params: z.object({}).strict(),
    build: () => ({ field: "order_count", op: "eq", value: 1 }),
  }),
  define({
    key: "difficult",
    label: { en: "Difficult", zh: "高退单客户" },
    description: {
      en: "Cancel or refund rate at least r, with at least k orders placed",
      zh: "取消率或退款率不低于 r，且至少下单 k 次",
    },
    params: z
      .object({
        rate: z.number().min(0).max(1).default(0.3),
        min_orders: z.number().int().min(1).max(1000).default(3),
      })
      .strict(),
    build: ({ rate, min_orders }) => ({
      all: [
        { field: "orders_placed", op: "gte", value: min_orders },
        {
          any: [
            { field: "cancel_rate", op: "gte", value: rate },
            { field: "refund_rate", op: "gte", value: rate },
          ],
        },
      ],
    }),
  }),
  define({
    key: "registered_never_bought",
    label: { en: "Registered, never bought", zh: "注册未购买" },
    description: { en: "Members without any order", zh: "从未下单的会员" },
    params: z.object({}).strict(),
    build: () => ({ field: "orders_placed", op: "eq", value: 0 }),
  }),
  define({
    key: "near_next_tier",
    label: { en: "Near the next tier", zh: "接近下一等级" },
    description: {
      en: "Within X% of the next tier's spend or order threshold",
      zh: "距离下一等级的消费或订单门槛不足 X%",
    },
    params: z
      .object({ within_percent: z.number().min(1).max(99).default(20) })
      .strict(),
    available: ({ tiers }) =>
      tiers.some(
        (tier) => tier.basis !== "points_earned" && tier.threshold > 0
      ),
    build: ({ within_percent }, { tiers }) =>
      nearNextTier(within_percent, tiers),
  }),
  define({
    key: "tag_group",
    label: { en: "Tag group", zh: "标签分组" },
    description: {
      en: "Members with a tag, e.g. students",
      zh: "带有某个标签的会员，例如学生",
    },
    params: z
      .object({
        tag: z.string().trim().toLowerCase().min(1).max(40).default("students"),
      })
      .strict(),
    build: ({ tag }) => ({ field: "tags", op: "contains", value: tag }),
  }),
  define({
    key: "category_buyers",
    label: { en: "Category buyers", zh: "品类买家" },
    description: {
      en: "Bought from given categories within N days, in at least K orders",
      zh: "最近 N 天内购买过指定分类，至少 K 个订单",
    },
    params: z
      .object({
        category_ids: ids,
        within_days: days(90),
        min_orders: z.number().int().min(1).max(1000).default(1),
      })
      .strict(),
    build: ({ category_ids, within_days, min_orders }) => ({
      field: "purchases",
      op: "purchased",
      value: { category_ids, within_days, min_orders },
    }),
  }),
]

export const presetByKey = (key: string) =>
  PRESETS.find((preset) => preset.key === key)

export type BuiltPreset = { rule: RuleNode; params: Record<string, unknown> }

/** Parses a preset's parameters (defaults filled in) and builds its rule; throws a ZodError on bad params. */
export const buildPreset = (
  key: string,
  params: unknown,
  context: PresetContext
): BuiltPreset | null => {
  const preset = presetByKey(key)
  if (!preset || (preset.available && !preset.available(context))) return null
  const parsed = preset.params.parse(params ?? {}) as Record<string, unknown>
  return { rule: preset.build(parsed, context), params: parsed }
}
