import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import type {
  OrderFactInput,
  OrderLineFactInput,
} from "../../modules/member-segment/types"

type Money = BigNumberInput
type Moment = Date | string

type ItemSnapshot = {
  id: string
  product_id?: string | null
  variant_id?: string | null
  quantity?: Money
  subtotal?: Money
  discount_total?: Money
  detail?: { return_received_quantity?: Money } | null
}

/** What line facts need of a product: its collection and its categories' paths. */
export type ProductSnapshot = {
  id: string
  collection_id?: string | null
  categories?: ({ id: string; mpath?: string | null } | null)[] | null
}

/** The slice of an order (with its payments, fulfillments and items) that facts are made of. */
export type OrderSnapshot = {
  id: string
  customer_id: string | null
  /** The linked customer; null once the customer was deleted. */
  customer?: { id: string } | null
  currency_code: string
  created_at: Moment
  canceled_at?: Moment | null
  item_subtotal: Money
  shipping_total: Money
  discount_total: Money
  total: Money
  shipping_address?: { country_code?: string | null } | null
  items?: (ItemSnapshot | null)[]
  payment_collections?: ({
    payments?:
      | ({
          captures?: ({ amount: Money; created_at: Moment } | null)[] | null
          refunds?: ({ amount: Money } | null)[] | null
        } | null)[]
      | null
  } | null)[]
  fulfillments?: ({
    shipped_at?: Moment | null
    delivered_at?: Moment | null
    canceled_at?: Moment | null
  } | null)[]
}

const present = <T>(values: (T | null | undefined)[] | null | undefined) =>
  (values ?? []).filter((value): value is T => value != null)

const sum = (values: Money[]) =>
  MathBN.convert(
    values.reduce<Money>((acc, value) => MathBN.add(acc, value), 0)
  ).toNumber()

const toDate = (value: Moment | null | undefined) =>
  value ? new Date(value) : null

const earliest = (values: (Moment | null | undefined)[]) => {
  const times = present(values).map((value) => new Date(value).getTime())
  return times.length ? new Date(Math.min(...times)) : null
}

const latest = (values: Moment[]) =>
  values.length
    ? new Date(Math.max(...values.map((v) => new Date(v).getTime())))
    : null

/**
 * An order is paid once its captures cover its total; it was paid at the capture that did so.
 * Refunds do not unpay an order: they are reported as refunded_total.
 */
export function orderToFact(
  order: OrderSnapshot,
  products: Map<string, ProductSnapshot> = new Map()
): OrderFactInput | null {
  if (!order.customer_id) {
    return null
  }
  // A deleted customer's orders stay as anonymous facts.
  const customerId = order.customer === null ? null : order.customer_id
  const payments = present(order.payment_collections).flatMap((c) =>
    present(c.payments)
  )
  const captures = payments.flatMap((payment) => present(payment.captures))
  const refunds = payments.flatMap((payment) => present(payment.refunds))
  const total = MathBN.convert(order.total).toNumber()
  const paidTotal = sum(captures.map((capture) => capture.amount))
  const fulfillments = present(order.fulfillments).filter((f) => !f.canceled_at)
  const placedAt = new Date(order.created_at)
  const paidAt =
    total <= 0
      ? placedAt
      : paidTotal >= total
        ? latest(captures.map((c) => c.created_at))
        : null

  return {
    order_id: order.id,
    customer_id: customerId,
    currency_code: order.currency_code.toLowerCase(),
    country_code: order.shipping_address?.country_code?.toLowerCase() ?? null,
    item_subtotal: MathBN.convert(order.item_subtotal).toNumber(),
    shipping_total: MathBN.convert(order.shipping_total).toNumber(),
    discount_total: MathBN.convert(order.discount_total).toNumber(),
    total,
    paid_total: paidTotal,
    refunded_total: sum(refunds.map((refund) => refund.amount)),
    returned_item_count: sum(
      present(order.items).map(
        (item) => item.detail?.return_received_quantity ?? 0
      )
    ),
    placed_at: placedAt,
    paid_at: paidAt,
    canceled_at: toDate(order.canceled_at),
    shipped_at: earliest(fulfillments.map((f) => f.shipped_at)),
    delivered_at: earliest(fulfillments.map((f) => f.delivered_at)),
    lines: present(order.items).map((item) => lineToFact(item, products)),
  }
}

const number = (value: Money | undefined) =>
  MathBN.convert(value ?? 0).toNumber()

// Every category of the product and all their ancestors (mpath is "root.child.leaf").
const categoryIds = (product: ProductSnapshot | undefined) => [
  ...new Set(
    present(product?.categories).flatMap((category) =>
      (category.mpath || category.id).split(".")
    )
  ),
]

/** A line net of received returns: its quantity and discounted subtotal shrink in proportion. */
export function lineToFact(
  item: ItemSnapshot,
  products: Map<string, ProductSnapshot>
): OrderLineFactInput {
  const quantity = number(item.quantity)
  const kept = Math.max(
    quantity - number(item.detail?.return_received_quantity),
    0
  )
  const net = MathBN.sub(item.subtotal ?? 0, item.discount_total ?? 0)
  const product = item.product_id ? products.get(item.product_id) : undefined
  return {
    line_item_id: item.id,
    product_id: item.product_id ?? null,
    variant_id: item.variant_id ?? null,
    category_ids: categoryIds(product),
    collection_id: product?.collection_id ?? null,
    quantity: kept,
    net_amount:
      quantity > 0
        ? MathBN.convert(MathBN.div(MathBN.mult(net, kept), quantity))
            .decimalPlaces(4)
            .toNumber()
        : 0,
  }
}
