/** The operators a condition may use; each field allows a subset (see catalogue.ts). */
export const RULE_OPERATORS = [
  "eq",
  "neq",
  "gt",
  "gte",
  "lt",
  "lte",
  "between",
  "in",
  "nin",
  "within_last_days",
  "before_days_ago",
  "is_set",
  "is_not_set",
  "contains",
  "purchased",
] as const
export type RuleOperator = (typeof RULE_OPERATORS)[number]

/** Parameters of `purchased`: a line matches when it is in any of the lists (no list: any line). */
export type PurchasedValue = {
  product_ids?: string[]
  category_ids?: string[]
  collection_ids?: string[]
  /** Only orders placed within the last N days. */
  within_days?: number
  /** At least K distinct (not canceled) orders with a matching line; default 1. */
  min_orders?: number
}

export type RuleValue =
  | number
  | string
  | boolean
  | [number, number]
  | (number | string)[]
  | PurchasedValue
  | null

export type RuleCondition = {
  field: string
  op: RuleOperator
  value?: RuleValue
}
export type RuleNode =
  { all: RuleNode[] } | { any: RuleNode[] } | { not: RuleNode } | RuleCondition

export const MAX_RULE_DEPTH = 5
export const MAX_RULE_CONDITIONS = 50

export const isCondition = (node: RuleNode): node is RuleCondition =>
  "field" in node
