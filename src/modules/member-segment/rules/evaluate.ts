import { MedusaError } from "@medusajs/framework/utils"
import { fieldDefinition, type FieldDefinition } from "./catalogue"
import { DAY_MS, daysBefore } from "./compile"
import {
  isCondition,
  type PurchasedValue,
  type RuleCondition,
  type RuleNode,
  type RuleOperator,
} from "./types"

export type MemberValue = number | string | boolean | Date | string[] | null

/** One purchase line as the evaluator reads it. */
export type MemberLine = {
  order_id: string
  product_id: string | null
  category_ids: string[]
  collection_id: string | null
  placed_at: Date
  canceled_at: Date | null
}

/** One member as the evaluator sees it: catalogue values by field plus purchase lines. */
export type MemberRecord = {
  values: Record<string, MemberValue>
  lines: MemberLine[]
  birthday_day?: number | null
}

export type ConditionResult = {
  path: string
  field: string
  op: RuleOperator
  expected: unknown
  actual: unknown
  pass: boolean
  /** How far a failing numeric condition is from passing, relative to its bound (0 = on it). */
  gap: number | null
  /** The bound the member missed (for "needs ≥ 60"). */
  bound: number | null
}

export type Evaluation = { pass: boolean; conditions: ConditionResult[] }

const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate()

/** Days until the next birthday, UTC (29 Feb is 28 Feb in other years): the twin of the SQL column. */
export const daysToBirthday = (
  now: Date,
  month: number | null,
  day: number | null
): number | null => {
  if (month == null || day == null) return null
  const today = Date.UTC(
    now.getUTCFullYear(),
    now.getUTCMonth(),
    now.getUTCDate()
  )
  const on = (year: number) =>
    Date.UTC(year, month - 1, Math.min(day, daysInMonth(year, month)))
  const thisYear = on(now.getUTCFullYear())
  const next = thisYear >= today ? thisYear : on(now.getUTCFullYear() + 1)
  return Math.round((next - today) / DAY_MS)
}

const asNumber = (field: FieldDefinition, value: unknown) =>
  field.type === "ratio" ? Math.fround(Number(value)) : Number(value)

const isUnset = (value: unknown) => value === null || value === undefined

const equals = (
  field: FieldDefinition,
  actual: MemberValue,
  expected: unknown
) => {
  if (isUnset(actual)) return false
  if (["money", "integer", "ratio"].includes(field.type)) {
    return asNumber(field, actual) === asNumber(field, expected)
  }
  return actual === expected
}

const compare = (
  field: FieldDefinition,
  actual: MemberValue,
  test: (a: number) => boolean
) => !isUnset(actual) && test(asNumber(field, actual))

/** Orders with a matching line, as `purchased` counts them. */
export const matchingOrders = (
  lines: MemberLine[],
  value: PurchasedValue,
  now: Date
) => {
  const since =
    value.within_days === undefined ? null : daysBefore(now, value.within_days)
  const lists = [value.product_ids, value.category_ids, value.collection_ids]
  const anyList = lists.some((items) => items?.length)
  const orders = new Set<string>()
  for (const line of lines) {
    if (line.canceled_at) continue
    if (since && line.placed_at.getTime() < since.getTime()) continue
    const hit =
      !anyList ||
      (line.product_id !== null &&
        !!value.product_ids?.includes(line.product_id)) ||
      !!value.category_ids?.some((id) => line.category_ids.includes(id)) ||
      (line.collection_id !== null &&
        !!value.collection_ids?.includes(line.collection_id))
    if (hit) orders.add(line.order_id)
  }
  return orders.size
}

const relativeGap = (actual: number, bound: number) =>
  Math.abs(actual - bound) / Math.max(Math.abs(bound), 1)

const evaluateCondition = (
  node: RuleCondition,
  member: MemberRecord,
  now: Date,
  path: string
): ConditionResult => {
  const field = fieldDefinition(node.field)
  if (!field)
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Unknown segment field ${node.field}`
    )
  const base = {
    path,
    field: node.field,
    op: node.op,
    expected: node.value ?? null,
  }
  if (node.op === "purchased") {
    const value = (node.value ?? {}) as PurchasedValue
    const orders = matchingOrders(member.lines, value, now)
    const need = value.min_orders ?? 1
    const pass = orders >= need
    return {
      ...base,
      actual: orders,
      pass,
      gap: pass ? null : relativeGap(orders, need),
      bound: need,
    }
  }
  const actual = member.values[node.field] ?? null
  const v = node.value
  const num = (x: unknown) => asNumber(field, x)
  const time = (x: MemberValue) =>
    x instanceof Date ? x.getTime() : new Date(String(x)).getTime()
  let pass: boolean
  let bound: number | null = null
  switch (node.op) {
    case "eq":
      pass = equals(field, actual, v)
      break
    case "neq":
      pass = !equals(field, actual, v)
      break
    case "gt":
      pass = compare(field, actual, (a) => a > num(v))
      bound = Number(v)
      break
    case "gte":
      pass = compare(field, actual, (a) => a >= num(v))
      bound = Number(v)
      break
    case "lt":
      pass = compare(field, actual, (a) => a < num(v))
      bound = Number(v)
      break
    case "lte":
      pass = compare(field, actual, (a) => a <= num(v))
      bound = Number(v)
      break
    case "between": {
      const [low, high] = v as [number, number]
      pass = compare(field, actual, (a) => a >= num(low) && a <= num(high))
      if (!pass && !isUnset(actual)) bound = Number(actual) < low ? low : high
      break
    }
    case "in":
      pass = (v as unknown[]).some((item) => equals(field, actual, item))
      break
    case "nin":
      pass = !(v as unknown[]).some((item) => equals(field, actual, item))
      break
    case "is_set":
      pass =
        field.type === "tags"
          ? ((actual as string[] | null)?.length ?? 0) > 0
          : !isUnset(actual)
      break
    case "is_not_set":
      pass =
        field.type === "tags"
          ? ((actual as string[] | null)?.length ?? 0) === 0
          : isUnset(actual)
      break
    case "within_last_days":
      pass =
        !isUnset(actual) &&
        time(actual) >= daysBefore(now, v as number).getTime()
      break
    case "before_days_ago":
      pass =
        !isUnset(actual) &&
        time(actual) < daysBefore(now, v as number).getTime()
      break
    case "contains":
      pass = Array.isArray(actual) && actual.includes(v as string)
      break
    default:
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Unsupported operator ${node.op}`
      )
  }
  const numeric =
    bound !== null && !isUnset(actual) && typeof actual !== "object"
  return {
    ...base,
    actual: actual instanceof Date ? actual.toISOString() : actual,
    pass,
    gap: !pass && numeric ? relativeGap(Number(actual), bound as number) : null,
    bound: numeric ? bound : null,
  }
}

const walk = (
  node: RuleNode,
  member: MemberRecord,
  now: Date,
  path: string,
  out: ConditionResult[]
): boolean => {
  if ("all" in node) {
    // every child is evaluated (no short circuit) so explain lists every condition
    return node.all
      .map((child, i) => walk(child, member, now, `${path}.all[${i}]`, out))
      .every(Boolean)
  }
  if ("any" in node) {
    return node.any
      .map((child, i) => walk(child, member, now, `${path}.any[${i}]`, out))
      .some(Boolean)
  }
  if ("not" in node) return !walk(node.not, member, now, `${path}.not`, out)
  if (isCondition(node)) {
    const result = evaluateCondition(node, member, now, path)
    out.push(result)
    return result.pass
  }
  throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid segment rule")
}

/** Evaluates a validated rule for one member: the TypeScript twin of compileRule. */
export const evaluateRule = (
  rule: RuleNode,
  member: MemberRecord,
  now: Date
): Evaluation => {
  const conditions: ConditionResult[] = []
  const pass = walk(rule, member, now, "rule", conditions)
  return { pass, conditions }
}

/** The failing condition closest to passing (smallest relative gap), if any has a measurable gap. */
export const nearestMiss = (evaluation: Evaluation): ConditionResult | null => {
  const misses = evaluation.conditions
    .filter((c) => !c.pass && c.gap !== null)
    .sort((a, b) => (a.gap as number) - (b.gap as number))
  return misses[0] ?? null
}
