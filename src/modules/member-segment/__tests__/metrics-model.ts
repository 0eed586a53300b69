import type { OrderFactInput } from "../types"

const DAY = 86_400_000

/** What the metrics SQL must produce for one customer: an independent model. */
export type ModelMetrics = {
  order_count: number
  paid_order_count: number
  total_spent: number
  aov: number
  aov_90d: number
  aov_365d: number
  max_order: number
  first_order_at: number | null
  last_order_at: number | null
  unpaid_order_count: number
  oldest_unpaid_at: number | null
  cancel_count: number
  cancel_rate: number
  refund_total: number
  refund_rate: number
  return_count: number
  country_code: string | null
}

const time = (value: Date | string | null | undefined) =>
  value ? new Date(value).getTime() : null
const num = (value: unknown) => Number(value ?? 0)
const round4 = (value: number) => Math.round(value * 10_000) / 10_000
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
const avg = (values: number[]) =>
  values.length ? round4(sum(values) / values.length) : 0

/**
 * Every metric of every customer, computed the plain way from the facts as
 * stored. Money metrics count only orders in the membership currency; an
 * order's spend is what was paid net of refunds, never below zero.
 */
export function modelMetrics(
  facts: OrderFactInput[],
  currency: string,
  now = Date.now()
): Map<string, ModelMetrics> {
  const byCustomer = new Map<string, OrderFactInput[]>()
  for (const fact of facts) {
    if (!fact.customer_id) continue
    byCustomer.set(fact.customer_id, [
      ...(byCustomer.get(fact.customer_id) ?? []),
      fact,
    ])
  }
  const result = new Map<string, ModelMetrics>()
  for (const [customer, own] of byCustomer) {
    const live = own.filter((f) => !f.canceled_at)
    const paid = live.filter((f) => f.paid_at)
    const unpaid = live.filter((f) => !f.paid_at)
    const inCurrency = own.filter(
      (f) => f.currency_code.toLowerCase() === currency
    )
    const net = (f: OrderFactInput) =>
      Math.max(num(f.paid_total) - num(f.refunded_total), 0)
    const paidInCurrency = paid.filter((f) => inCurrency.includes(f))
    const within = (days: number) =>
      paidInCurrency
        .filter((f) => time(f.placed_at)! >= now - days * DAY)
        .map(net)
    const placed = live.map((f) => time(f.placed_at)!)
    const paidSum = sum(inCurrency.map((f) => num(f.paid_total)))
    const refunded = sum(inCurrency.map((f) => num(f.refunded_total)))
    const latestCountry = own
      .filter((f) => f.country_code)
      .sort(
        (a, b) =>
          time(b.placed_at)! - time(a.placed_at)! ||
          (b.country_code! > a.country_code! ? 1 : -1)
      )[0]
    result.set(customer, {
      order_count: live.length,
      paid_order_count: paid.length,
      total_spent: round4(sum(inCurrency.map(net))),
      aov: avg(paidInCurrency.map(net)),
      aov_90d: avg(within(90)),
      aov_365d: avg(within(365)),
      max_order: round4(Math.max(0, ...paidInCurrency.map(net))),
      first_order_at: placed.length ? Math.min(...placed) : null,
      last_order_at: placed.length ? Math.max(...placed) : null,
      unpaid_order_count: unpaid.length,
      oldest_unpaid_at: unpaid.length
        ? Math.min(...unpaid.map((f) => time(f.placed_at)!))
        : null,
      cancel_count: own.length - live.length,
      cancel_rate: round4((own.length - live.length) / own.length),
      refund_total: round4(refunded),
      refund_rate: paidSum ? round4(refunded / paidSum) : 0,
      return_count: own.filter((f) => num(f.returned_item_count) > 0).length,
      country_code: latestCountry?.country_code?.toLowerCase() ?? null,
    })
  }
  return result
}

/** A customer whose orders all moved to someone else keeps a row of zeros. */
export const NO_ORDERS: ModelMetrics = {
  order_count: 0,
  paid_order_count: 0,
  total_spent: 0,
  aov: 0,
  aov_90d: 0,
  aov_365d: 0,
  max_order: 0,
  first_order_at: null,
  last_order_at: null,
  unpaid_order_count: 0,
  oldest_unpaid_at: null,
  cancel_count: 0,
  cancel_rate: 0,
  refund_total: 0,
  refund_rate: 0,
  return_count: 0,
  country_code: null,
}

/** A stored metrics row in the model's shape (dates as epoch ms, money as numbers). */
export function storedMetrics(row: Record<string, unknown>): ModelMetrics {
  const money = (key: string) => round4(num(row[key]))
  return {
    order_count: num(row.order_count),
    paid_order_count: num(row.paid_order_count),
    total_spent: money("total_spent"),
    aov: money("aov"),
    aov_90d: money("aov_90d"),
    aov_365d: money("aov_365d"),
    max_order: money("max_order"),
    first_order_at: time(row.first_order_at as Date | null),
    last_order_at: time(row.last_order_at as Date | null),
    unpaid_order_count: num(row.unpaid_order_count),
    oldest_unpaid_at: time(row.oldest_unpaid_at as Date | null),
    cancel_count: num(row.cancel_count),
    // stored as real: seven significant digits
    cancel_rate: round4(num(row.cancel_rate)),
    refund_total: money("refund_total"),
    refund_rate: round4(num(row.refund_rate)),
    return_count: num(row.return_count),
    country_code: (row.country_code as string | null) ?? null,
  }
}
