import type { BigNumberInput } from "@medusajs/framework/types"
import {
  MathBN,
  MedusaError,
  generateEntityId,
  isPresent,
} from "@medusajs/framework/utils"

import type { OrderFactInput } from "../types"

const REQUIRED = ["order_id", "currency_code"] as const

const money = (value: BigNumberInput | undefined | null) =>
  MathBN.convert(value ?? 0).toFixed()

const date = (value: Date | string | null | undefined) => {
  if (!isPresent(value)) {
    return null
  }
  const parsed = new Date(value as Date | string)
  if (Number.isNaN(parsed.getTime())) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Order fact date ${String(value)} is not a valid date`
    )
  }
  return parsed.toISOString()
}

/** The JSON record the upsert SQL reads for one fact (money as decimal strings). */
export const toFactRecord = (fact: OrderFactInput) => {
  const missing = REQUIRED.filter((key) => !fact[key])
  if (missing.length || !isPresent(fact.placed_at)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Order fact for order: ${fact.order_id ?? "unknown"} is missing ${[
        ...missing,
        ...(isPresent(fact.placed_at) ? [] : ["placed_at"]),
      ].join(", ")}`
    )
  }
  return {
    id: generateEntityId(undefined, "mbrof"),
    order_id: fact.order_id,
    customer_id: fact.customer_id ?? null,
    currency_code: fact.currency_code,
    country_code: fact.country_code ?? null,
    item_subtotal: money(fact.item_subtotal),
    shipping_total: money(fact.shipping_total),
    discount_total: money(fact.discount_total),
    total: money(fact.total),
    paid_total: money(fact.paid_total),
    refunded_total: money(fact.refunded_total),
    returned_item_count: fact.returned_item_count ?? 0,
    placed_at: date(fact.placed_at),
    paid_at: date(fact.paid_at),
    canceled_at: date(fact.canceled_at),
    shipped_at: date(fact.shipped_at),
    delivered_at: date(fact.delivered_at),
  }
}

export const assertCurrencyCode = (currencyCode: string) => {
  if (!/^[a-z]{3}$/i.test(currencyCode ?? "")) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Membership currency code: ${String(currencyCode)} is not a 3-letter ISO code`
    )
  }
}

/** The JSON records the line SQL reads for one fact's lines. */
export const toLineRecords = (fact: OrderFactInput) =>
  (fact.lines ?? []).map((line) => ({
    id: generateEntityId(undefined, "mbrol"),
    order_id: fact.order_id,
    line_item_id: line.line_item_id,
    customer_id: fact.customer_id ?? null,
    product_id: line.product_id,
    variant_id: line.variant_id,
    category_ids: line.category_ids,
    collection_id: line.collection_id,
    quantity: line.quantity,
    net_amount: money(line.net_amount),
    currency_code: fact.currency_code,
    placed_at: date(fact.placed_at),
    canceled_at: date(fact.canceled_at),
  }))
