import type { OrderFactInput } from "../types"

const DAY = 24 * 60 * 60 * 1000

export const daysAgo = (days: number) => new Date(Date.now() - days * DAY)

export const fact = (
  order_id: string,
  customer_id: string,
  overrides: Partial<OrderFactInput> = {}
): OrderFactInput => ({
  order_id,
  customer_id,
  currency_code: "eur",
  country_code: null,
  item_subtotal: 0,
  shipping_total: 0,
  discount_total: 0,
  total: 0,
  paid_total: 0,
  refunded_total: 0,
  returned_item_count: 0,
  placed_at: daysAgo(1),
  paid_at: null,
  canceled_at: null,
  ...overrides,
})

/** A paid order of `amount` placed `days` ago. */
export const paid = (
  order_id: string,
  customer_id: string,
  amount: number,
  days: number,
  overrides: Partial<OrderFactInput> = {}
) =>
  fact(order_id, customer_id, {
    item_subtotal: amount,
    total: amount,
    paid_total: amount,
    placed_at: daysAgo(days),
    paid_at: daysAgo(days),
    ...overrides,
  })
