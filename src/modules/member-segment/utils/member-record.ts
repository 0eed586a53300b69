import {
  daysToBirthday,
  type MemberLine,
  type MemberRecord,
  type MemberValue,
} from "../rules/evaluate"

export type MemberRecordRow = Record<string, MemberValue> & {
  customer_id: string
  birthday_month: number | null
  birthday_day: number | null
  currency_code: string | null
  lines: MemberLine[]
}

const asDate = (value: unknown) =>
  value == null ? null : value instanceof Date ? value : new Date(String(value))

/** A metrics row and its purchase lines, as the evaluator reads them. */
export const toMemberRecord = (
  row: MemberRecordRow,
  lines: (MemberLine & { customer_id: string })[],
  now: Date
): MemberRecord & { currency_code: string | null } => {
  const values: Record<string, MemberValue> = {}
  for (const [key, value] of Object.entries(row)) {
    if (key === "customer_id" || key === "currency_code" || key === "lines")
      continue
    values[key] = key.endsWith("_at") ? asDate(value) : (value as MemberValue)
  }
  values.days_to_birthday = daysToBirthday(
    now,
    row.birthday_month,
    row.birthday_day
  )
  values.birthday_this_month =
    row.birthday_month == null
      ? null
      : row.birthday_month === now.getUTCMonth() + 1
  values.orders_placed = Number(row.order_count) + Number(row.cancel_count)
  return {
    values,
    currency_code: row.currency_code,
    lines: lines.map((line) => ({
      order_id: line.order_id,
      product_id: line.product_id,
      category_ids: line.category_ids ?? [],
      collection_id: line.collection_id,
      placed_at: asDate(line.placed_at) as Date,
      canceled_at: asDate(line.canceled_at),
    })),
  }
}
