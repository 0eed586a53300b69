import { z } from "zod"
import { fieldDefinition, type FieldDefinition } from "./catalogue"
import {
  MAX_RULE_CONDITIONS,
  MAX_RULE_DEPTH,
  RULE_OPERATORS,
  type RuleNode,
  type RuleOperator,
} from "./types"

export type RuleIssue = { path: string; message: string }

const MAX_LIST = 200
const MAX_DAYS = 36_500
const MAX_TEXT = 200
const MAX_MONEY = 1_000_000_000

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const at = (path: string, key: string | number) =>
  typeof key === "number" ? `${path}[${key}]` : `${path}.${key}`

const plainText = (value: unknown) =>
  typeof value === "string" &&
  value.length > 0 &&
  value.length <= MAX_TEXT &&
  // eslint-disable-next-line no-control-regex
  !/[\u0000-\u001f]/.test(value)

/** The error for one scalar against a field's type, or null when it fits. */
const scalarError = (field: FieldDefinition, value: unknown): string | null => {
  switch (field.type) {
    case "money":
    case "ratio": {
      if (typeof value !== "number" || !Number.isFinite(value)) {
        return "expected a number"
      }
      if (field.type === "ratio" && (value < 0 || value > 1)) {
        return "expected a ratio between 0 and 1"
      }
      if (Math.abs(value) > MAX_MONEY) return "number out of range"
      return null
    }
    case "integer": {
      if (typeof value !== "number" || !Number.isInteger(value)) {
        return "expected a whole number"
      }
      if (field.min !== undefined && value < field.min) {
        return `expected at least ${field.min}`
      }
      if (value > (field.max ?? MAX_MONEY)) {
        return `expected at most ${field.max ?? MAX_MONEY}`
      }
      return null
    }
    case "enum":
      return typeof value === "string" && field.values?.includes(value)
        ? null
        : `expected one of: ${field.values?.join(", ")}`
    case "text":
    case "tags":
      return plainText(value) ? null : "expected a non-empty text"
    case "boolean":
      return typeof value === "boolean" ? null : "expected true or false"
    default:
      return "no value expected"
  }
}

const daysError = (value: unknown) =>
  typeof value === "number" &&
  Number.isInteger(value) &&
  value >= 0 &&
  value <= MAX_DAYS
    ? null
    : `expected a whole number of days (0-${MAX_DAYS})`

const PURCHASE_KEYS = [
  "product_ids",
  "category_ids",
  "collection_ids",
  "within_days",
  "min_orders",
]

const purchasedIssues = (value: unknown, path: string): RuleIssue[] => {
  if (!isObject(value)) {
    return [{ path, message: "expected purchase parameters" }]
  }
  const issues: RuleIssue[] = []
  for (const key of Object.keys(value)) {
    if (!PURCHASE_KEYS.includes(key)) {
      issues.push({ path: at(path, key), message: "unknown parameter" })
    }
  }
  for (const key of ["product_ids", "category_ids", "collection_ids"]) {
    const list = value[key]
    if (list === undefined) continue
    if (!Array.isArray(list) || list.length === 0 || list.length > MAX_LIST) {
      issues.push({
        path: at(path, key),
        message: `expected 1-${MAX_LIST} ids`,
      })
      continue
    }
    list.forEach((id, index) => {
      if (!plainText(id)) {
        issues.push({
          path: at(at(path, key), index),
          message: "expected an id",
        })
      }
    })
  }
  if (value.within_days !== undefined) {
    const error = daysError(value.within_days)
    if (error) issues.push({ path: at(path, "within_days"), message: error })
  }
  if (value.min_orders !== undefined) {
    const k = value.min_orders
    if (typeof k !== "number" || !Number.isInteger(k) || k < 1 || k > 10_000) {
      issues.push({
        path: at(path, "min_orders"),
        message: "expected a whole number of orders (at least 1)",
      })
    }
  }
  return issues
}

const valueIssues = (
  field: FieldDefinition,
  op: RuleOperator,
  value: unknown,
  path: string
): RuleIssue[] => {
  const one = (error: string | null, where = path) =>
    error ? [{ path: where, message: error }] : []
  switch (op) {
    case "is_set":
    case "is_not_set":
      return value === undefined || value === null
        ? []
        : [{ path, message: "no value expected" }]
    case "within_last_days":
    case "before_days_ago":
      return one(daysError(value))
    case "purchased":
      return purchasedIssues(value, path)
    case "between": {
      if (!Array.isArray(value) || value.length !== 2) {
        return [{ path, message: "expected [low, high]" }]
      }
      const issues = value.flatMap((item, index) =>
        one(scalarError(field, item), at(path, index))
      )
      if (!issues.length && (value[0] as number) > (value[1] as number)) {
        issues.push({ path, message: "low must not exceed high" })
      }
      return issues
    }
    case "in":
    case "nin":
      if (
        !Array.isArray(value) ||
        value.length === 0 ||
        value.length > MAX_LIST
      ) {
        return [{ path, message: `expected a list of 1-${MAX_LIST} values` }]
      }
      return value.flatMap((item, index) =>
        one(scalarError(field, item), at(path, index))
      )
    default:
      return one(scalarError(field, value))
  }
}

type Walk = { issues: RuleIssue[]; conditions: number }

const walk = (node: unknown, path: string, depth: number, state: Walk) => {
  if (depth > MAX_RULE_DEPTH) {
    state.issues.push({
      path,
      message: `rule is nested deeper than ${MAX_RULE_DEPTH} levels`,
    })
    return
  }
  if (!isObject(node)) {
    state.issues.push({ path, message: "expected a rule object" })
    return
  }
  const keys = Object.keys(node)
  const group = keys.find((key) => key === "all" || key === "any")
  if (group) {
    if (keys.length !== 1) {
      state.issues.push({ path, message: `only "${group}" expected` })
    }
    const children = node[group]
    if (!Array.isArray(children) || children.length === 0) {
      state.issues.push({
        path: at(path, group),
        message: "expected a non-empty list of rules",
      })
      return
    }
    children.forEach((child, index) =>
      walk(child, at(at(path, group), index), depth + 1, state)
    )
    return
  }
  if ("not" in node) {
    if (keys.length !== 1)
      state.issues.push({ path, message: 'only "not" expected' })
    walk(node.not, at(path, "not"), depth + 1, state)
    return
  }
  if (!("field" in node)) {
    state.issues.push({
      path,
      message: 'expected "all", "any", "not" or a condition with "field"',
    })
    return
  }
  state.conditions += 1
  for (const key of keys) {
    if (!["field", "op", "value"].includes(key)) {
      state.issues.push({ path: at(path, key), message: "unknown key" })
    }
  }
  const field =
    typeof node.field === "string" ? fieldDefinition(node.field) : undefined
  if (!field) {
    state.issues.push({
      path: at(path, "field"),
      message: `unknown field "${String(node.field)}"`,
    })
    return
  }
  const op = node.op
  if (
    typeof op !== "string" ||
    !(RULE_OPERATORS as readonly string[]).includes(op)
  ) {
    state.issues.push({
      path: at(path, "op"),
      message: `unknown operator "${String(op)}"`,
    })
    return
  }
  if (!field.operators.includes(op as RuleOperator)) {
    state.issues.push({
      path: at(path, "op"),
      message: `operator "${op}" is not allowed on "${field.key}" (allowed: ${field.operators.join(", ")})`,
    })
    return
  }
  state.issues.push(
    ...valueIssues(field, op as RuleOperator, node.value, at(path, "value"))
  )
}

/** Every problem of a candidate rule, each naming its path (`rule.all[2].value`). */
export const ruleIssues = (rule: unknown, path = "rule"): RuleIssue[] => {
  const state: Walk = { issues: [], conditions: 0 }
  walk(rule, path, 1, state)
  if (state.conditions > MAX_RULE_CONDITIONS) {
    state.issues.push({
      path,
      message: `rule has ${state.conditions} conditions, at most ${MAX_RULE_CONDITIONS} are allowed`,
    })
  }
  return state.issues
}

/** Lower-cases tags, the way they are stored. */
const normalise = (node: RuleNode): RuleNode => {
  if ("all" in node) return { all: node.all.map(normalise) }
  if ("any" in node) return { any: node.any.map(normalise) }
  if ("not" in node) return { not: normalise(node.not) }
  if (node.field === "tags" && typeof node.value === "string") {
    return { ...node, value: node.value.trim().toLowerCase() }
  }
  return node
}

/** A zod schema of a rule; its issues name the full path, e.g. `rule.all[3].value: expected a number`. */
export const ruleSchema = (name = "rule") =>
  z
    .unknown()
    .superRefine((value, ctx) => {
      for (const issue of ruleIssues(value, name)) {
        ctx.addIssue({
          code: "custom",
          message: `${issue.path}: ${issue.message}`,
          path: issue.path
            .slice(name.length)
            .split(/[.[\]]/)
            .filter(Boolean)
            .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
        })
      }
    })
    .transform((value) => normalise(value as RuleNode))

export const parseRule = (rule: unknown): RuleNode => ruleSchema().parse(rule)
