import { fieldDefinition, type FieldDefinition } from "./catalogue"
import type { ConditionResult } from "./evaluate"
import {
  isCondition,
  type PurchasedValue,
  type RuleCondition,
  type RuleNode,
} from "./types"

export type RuleLanguage = "en" | "zh"

const WORDS = {
  en: {
    and: " and ",
    or: " or ",
    not: (text: string) => `not (${text})`,
    eq: "is",
    neq: "is not",
    gt: ">",
    gte: "≥",
    lt: "<",
    lte: "≤",
    between: (a: string, b: string) => `${a}-${b}`,
    in: "is one of",
    nin: "is none of",
    within: (n: number) => `within the last ${n} days`,
    before: (n: number) => `more than ${n} days ago`,
    is_set: "is set",
    is_not_set: "is not set",
    contains: "include",
    yes: "yes",
    no: "no",
    needs: "needs",
    purchased: (what: string, k: number, days?: number) =>
      `bought ${what}${k > 1 ? ` in at least ${k} orders` : ""}${days !== undefined ? ` within the last ${days} days` : ""}`,
    anything: "anything",
    products: (n: number) => `${n} product${n === 1 ? "" : "s"}`,
    categories: (n: number) => `${n} categor${n === 1 ? "y" : "ies"}`,
    collections: (n: number) => `${n} collection${n === 1 ? "" : "s"}`,
    list: " or ",
    orders: "orders",
  },
  zh: {
    and: " 且 ",
    or: " 或 ",
    not: (text: string) => `非（${text}）`,
    eq: "为",
    neq: "不为",
    gt: ">",
    gte: "≥",
    lt: "<",
    lte: "≤",
    between: (a: string, b: string) => `${a}-${b}`,
    in: "属于",
    nin: "不属于",
    within: (n: number) => `在最近 ${n} 天内`,
    before: (n: number) => `在 ${n} 天以前`,
    is_set: "已设置",
    is_not_set: "未设置",
    contains: "包含",
    yes: "是",
    no: "否",
    needs: "需要",
    purchased: (what: string, k: number, days?: number) =>
      `${days !== undefined ? `最近 ${days} 天内` : ""}购买过${what}${k > 1 ? `（至少 ${k} 个订单）` : ""}`,
    anything: "任意商品",
    products: (n: number) => `${n} 个商品`,
    categories: (n: number) => `${n} 个分类`,
    collections: (n: number) => `${n} 个系列`,
    list: "或",
    orders: "个订单",
  },
}

export type DescribeOptions = {
  language: RuleLanguage
  currency?: string | null
}

const formatValue = (
  field: FieldDefinition,
  value: unknown,
  options: DescribeOptions
): string => {
  const words = WORDS[options.language]
  if (value === null || value === undefined) return "-"
  if (field.type === "money" && typeof value === "number") {
    const currency = options.currency?.toUpperCase()
    if (!currency) return String(value)
    try {
      return new Intl.NumberFormat(options.language === "zh" ? "zh-CN" : "en", {
        style: "currency",
        currency,
        maximumFractionDigits: 2,
      }).format(value)
    } catch {
      return `${value} ${currency}`
    }
  }
  if (field.type === "ratio" && typeof value === "number") {
    return `${Math.round(value * 1000) / 10}%`
  }
  if (typeof value === "boolean") return value ? words.yes : words.no
  if (Array.isArray(value))
    return value.map((item) => formatValue(field, item, options)).join(", ")
  return String(value)
}

const describePurchase = (value: PurchasedValue, options: DescribeOptions) => {
  const words = WORDS[options.language]
  const parts = [
    value.product_ids?.length ? words.products(value.product_ids.length) : null,
    value.category_ids?.length
      ? words.categories(value.category_ids.length)
      : null,
    value.collection_ids?.length
      ? words.collections(value.collection_ids.length)
      : null,
  ].filter((part): part is string => part !== null)
  return words.purchased(
    parts.length ? parts.join(words.list) : words.anything,
    value.min_orders ?? 1,
    value.within_days
  )
}

const describeCondition = (node: RuleCondition, options: DescribeOptions) => {
  const words = WORDS[options.language]
  const field = fieldDefinition(node.field)
  if (!field) return node.field
  if (node.op === "purchased")
    return describePurchase((node.value ?? {}) as PurchasedValue, options)
  const label = field.label[options.language]
  const value = (x: unknown) => formatValue(field, x, options)
  switch (node.op) {
    case "between": {
      const [low, high] = node.value as [number, number]
      return `${label} ${words.between(value(low), value(high))}`
    }
    case "within_last_days":
      return `${label} ${words.within(node.value as number)}`
    case "before_days_ago":
      return `${label} ${words.before(node.value as number)}`
    case "is_set":
    case "is_not_set":
      return `${label} ${words[node.op]}`
    default:
      return `${label} ${words[node.op]} ${value(node.value)}`
  }
}

const describeNode = (
  node: RuleNode,
  options: DescribeOptions,
  nested: boolean
): string => {
  const words = WORDS[options.language]
  const group = (children: RuleNode[], joiner: string) => {
    const text = children
      .map((child) => describeNode(child, options, true))
      .join(joiner)
    return nested && children.length > 1 ? `(${text})` : text
  }
  if ("all" in node) return group(node.all, words.and)
  if ("any" in node) return group(node.any, words.or)
  if ("not" in node) return words.not(describeNode(node.not, options, false))
  if (isCondition(node)) return describeCondition(node, options)
  return ""
}

/** A rule in one line of words ("Average order €60.00-€80.00 and Last order within the last 90 days"). */
export const describeRule = (rule: RuleNode, options: DescribeOptions) =>
  describeNode(rule, options, false)

/** "Average order €58.00, needs ≥ €60.00" for a failing numeric condition. */
export const describeMiss = (
  miss: ConditionResult,
  options: DescribeOptions
) => {
  const field = fieldDefinition(miss.field)
  if (!field) return ""
  const words = WORDS[options.language]
  const label =
    miss.op === "purchased" ? words.orders : field.label[options.language]
  const symbol =
    miss.op === "between"
      ? Number(miss.actual) < (miss.bound ?? 0)
        ? words.gte
        : words.lte
      : miss.op === "purchased"
        ? words.gte
        : (words[miss.op as "gt" | "gte" | "lt" | "lte"] as string)
  const fmt = (x: unknown) =>
    miss.op === "purchased" ? String(x) : formatValue(field, x, options)
  return `${label} ${fmt(miss.actual)}, ${words.needs} ${symbol} ${fmt(miss.bound)}`
}
