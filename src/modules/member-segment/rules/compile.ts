import { MedusaError } from "@medusajs/framework/utils"
import { PURCHASE_KEY_PREFIX } from "../sql/purchase-keys"
import { fieldDefinition, type FieldDefinition } from "./catalogue"
import {
  isCondition,
  type PurchasedValue,
  type RuleCondition,
  type RuleNode,
} from "./types"

export const DAY_MS = 86_400_000

/** A boolean SQL expression over the metrics row `m`, with its positional (`?`) bindings. */
export type CompiledRule = { sql: string; bindings: unknown[] }

const CAST: Record<string, string> = {
  money: "numeric",
  integer: "integer",
  ratio: "real",
  text: "text",
  enum: "text",
  boolean: "boolean",
}

export const daysBefore = (now: Date, days: number) =>
  new Date(now.getTime() - days * DAY_MS)

class Builder {
  readonly bindings: unknown[] = []
  constructor(readonly now: Date) {}

  bind(value: unknown, cast: string) {
    this.bindings.push(value)
    return `?::${cast}`
  }

  /** The field's SQL; virtual columns bind the query's "now" for each placeholder they hold. */
  column(field: FieldDefinition) {
    const placeholders = field.column.split("?").length - 1
    for (let i = 0; i < placeholders; i++)
      this.bindings.push(this.now.toISOString())
    return field.column
  }
}

const list = (b: Builder, values: unknown[], cast: string) =>
  `(SELECT (jsonb_array_elements_text(${b.bind(JSON.stringify(values.map(String)), "jsonb")}))::${cast})`

// What the lists name, as purchase keys (sql/purchase-keys.ts).
const purchaseKeysOf = (value: PurchasedValue) => [
  ...(value.product_ids ?? []).map((id) => PURCHASE_KEY_PREFIX.product + id),
  ...(value.category_ids ?? []).map((id) => PURCHASE_KEY_PREFIX.category + id),
  ...(value.collection_ids ?? []).map(
    (id) => PURCHASE_KEY_PREFIX.collection + id
  ),
]

/**
 * Named products, categories or collections are looked up by purchase key
 * (one index range each); with no list, any live line counts.
 */
const purchasedSql = (b: Builder, value: PurchasedValue) => {
  const keys = purchaseKeysOf(value)
  const source = keys.length ? "mbr_purchase_key" : "mbr_order_line_fact"
  const filters = [
    "l.customer_id = m.customer_id",
    "l.deleted_at IS NULL",
    keys.length
      ? `l.key = ANY(ARRAY(SELECT jsonb_array_elements_text(${b.bind(JSON.stringify(keys), "jsonb")})))`
      : "l.canceled_at IS NULL",
  ]
  if (value.within_days !== undefined) {
    filters.push(
      `l.placed_at >= ${b.bind(daysBefore(b.now, value.within_days).toISOString(), "timestamptz")}`
    )
  }
  const from = `FROM ${source} l WHERE ${filters.join(" AND ")}`
  const k = value.min_orders ?? 1
  return k <= 1
    ? `EXISTS (SELECT 1 ${from})`
    : `(SELECT count(DISTINCT l.order_id) ${from}) >= ${b.bind(k, "integer")}`
}

const conditionSql = (b: Builder, node: RuleCondition): string => {
  const field = fieldDefinition(node.field)
  if (!field)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Unknown segment field ${node.field}`
    )
  if (node.op === "purchased") {
    return purchasedSql(b, (node.value ?? {}) as PurchasedValue)
  }
  const col = b.column(field)
  const cast = CAST[field.type]
  const value = node.value
  switch (node.op) {
    case "eq":
      return `${col} = ${b.bind(value, cast)}`
    case "neq":
      return `${col} IS DISTINCT FROM ${b.bind(value, cast)}`
    case "gt":
      return `${col} > ${b.bind(value, cast)}`
    case "gte":
      return `${col} >= ${b.bind(value, cast)}`
    case "lt":
      return `${col} < ${b.bind(value, cast)}`
    case "lte":
      return `${col} <= ${b.bind(value, cast)}`
    case "between": {
      const [low, high] = value as [number, number]
      return `${col} BETWEEN ${b.bind(low, cast)} AND ${b.bind(high, cast)}`
    }
    case "in":
      return `${col} IN ${list(b, value as unknown[], cast)}`
    case "nin":
      return `NOT coalesce(${col} IN ${list(b, value as unknown[], cast)}, false)`
    case "is_set":
      return field.type === "tags"
        ? `cardinality(${col}) > 0`
        : `${col} IS NOT NULL`
    case "is_not_set":
      return field.type === "tags"
        ? `coalesce(cardinality(${col}), 0) = 0`
        : `${col} IS NULL`
    case "within_last_days":
      return `${col} >= ${b.bind(daysBefore(b.now, value as number).toISOString(), "timestamptz")}`
    case "before_days_ago":
      return `${col} < ${b.bind(daysBefore(b.now, value as number).toISOString(), "timestamptz")}`
    case "contains":
      return `${col} @> ARRAY[${b.bind(value, "text")}]`
    default:
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Unsupported operator ${node.op}`
      )
  }
}

// Under AND/OR a NULL condition filters a row exactly like false does, so
// conditions outside any NOT stay bare (index-friendly); under a NOT, where
// NULL and false differ, each condition is made two-valued first.
const nodeSql = (b: Builder, node: RuleNode, negated = false): string => {
  if ("all" in node) {
    return `(${node.all.map((child) => nodeSql(b, child, negated)).join(" AND ")})`
  }
  if ("any" in node) {
    return `(${node.any.map((child) => nodeSql(b, child, negated)).join(" OR ")})`
  }
  if ("not" in node) return `(NOT ${nodeSql(b, node.not, true)})`
  if (isCondition(node)) {
    const sql = conditionSql(b, node)
    return negated ? `coalesce(${sql}, false)` : `(${sql})`
  }
  throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid segment rule")
}

/**
 * Compiles a validated rule to a parameterised boolean expression over the
 * metrics row `m` (alias of mbr_customer_metrics). Values only ever travel as
 * bindings; the SQL text holds no `?` other than placeholders (no jsonb `?`
 * operators, which the query builder would take for placeholders).
 */
export const compileRule = (rule: RuleNode, now: Date): CompiledRule => {
  const b = new Builder(now)
  const sql = nodeSql(b, rule)
  return { sql, bindings: b.bindings }
}
