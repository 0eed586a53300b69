import type { PurchasedValue } from "../../modules/member-segment/rules/types"
import type { AdminSegmentField } from "./segment-types"

/** Which value editor a condition gets: its field's type and unit, and the operator. */
export type EditorKind =
  | "none"
  | "days"
  | "purchase"
  | "boolean"
  | "enum"
  | "enumList"
  | "value"
  | "valueList"
  | "range"
  | "numberList"
  | "number"

const isList = (op: string) => op === "in" || op === "nin"

export const editorKind = (
  field: AdminSegmentField,
  op: string
): EditorKind => {
  if (op === "is_set" || op === "is_not_set") return "none"
  if (op === "within_last_days" || op === "before_days_ago") return "days"
  if (op === "purchased") return "purchase"
  if (field.type === "boolean") return "boolean"
  if (field.type === "enum") return isList(op) ? "enumList" : "enum"
  if (field.type === "tags" || field.type === "text")
    return isList(op) ? "valueList" : "value"
  if (op === "between") return "range"
  return isList(op) ? "numberList" : "number"
}

/** Kinds whose first value the admin picks: their starting value is empty, so not yet valid. */
export const PICKED_KINDS: readonly EditorKind[] = [
  "value",
  "valueList",
  "numberList",
]

const DEFAULT_DAYS = 30
const DEFAULT_PURCHASE_DAYS = 90

/** A condition's starting value after its field or operator changed. */
export const defaultValue = (field: AdminSegmentField, op: string): unknown => {
  switch (editorKind(field, op)) {
    case "none":
      return undefined
    case "days":
      return DEFAULT_DAYS
    case "purchase":
      return { within_days: DEFAULT_PURCHASE_DAYS }
    case "boolean":
      return true
    case "enum":
      return field.values?.[0]
    case "enumList":
      return field.values?.slice(0, 1) ?? []
    case "value":
      return ""
    case "valueList":
    case "numberList":
      return []
    case "range":
      return [field.min ?? 0, field.max ?? (field.type === "ratio" ? 1 : 100)]
    default:
      return field.min ?? 0
  }
}

/** A number typed into an input, or "" while it is empty (the rule's validation then names it). */
export const numberOf = (raw: string): number | "" =>
  raw.trim() === "" ? "" : Number(raw)

export const splitList = (raw: string) =>
  raw
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)

/** `purchased` parameters with a change applied; emptied lists and numbers are left out. */
export const patchPurchase = (
  purchase: PurchasedValue,
  patch: Partial<PurchasedValue>
): PurchasedValue => {
  const next: Record<string, unknown> = { ...purchase, ...patch }
  for (const key of Object.keys(next)) {
    const value = next[key]
    if (
      value === undefined ||
      value === "" ||
      (Array.isArray(value) && !value.length) ||
      Number.isNaN(value)
    )
      delete next[key]
  }
  return next as PurchasedValue
}

/**
 * A Select's change handler that ignores "": Radix Select reports an empty value
 * when its options change under it (a condition's operators after its field
 * changed), which is no choice of the admin's and would overwrite the one just made.
 */
export const onPicked =
  (handler: (value: string) => void) => (value: string) => {
    if (value) handler(value)
  }
