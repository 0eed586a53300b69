import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OrderFactInput } from "../../../modules/member-segment/types"
import {
  orderToFact,
  type OrderSnapshot,
  type ProductSnapshot,
} from "../order-to-fact"

export const ORDER_FACT_FIELDS = [
  "id",
  "customer_id",
  "customer.id",
  "currency_code",
  "created_at",
  "canceled_at",
  "item_subtotal",
  "shipping_total",
  "discount_total",
  "total",
  "shipping_address.country_code",
  "items.id",
  "items.product_id",
  "items.variant_id",
  "items.quantity",
  "items.subtotal",
  "items.discount_total",
  "items.detail.return_received_quantity",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.captures.created_at",
  "payment_collections.payments.refunds.amount",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
]

const PRODUCT_FIELDS = [
  "id",
  "collection_id",
  "categories.id",
  "categories.mpath",
]

type Query = Omit<RemoteQueryFunction, symbol>

async function productsOf(query: Query, orders: OrderSnapshot[]) {
  const ids = [
    ...new Set(
      orders.flatMap((order) =>
        (order.items ?? []).flatMap((item) => item?.product_id ?? [])
      )
    ),
  ]
  if (!ids.length) return new Map<string, ProductSnapshot>()
  const { data } = await query.graph({
    entity: "product",
    fields: PRODUCT_FIELDS,
    filters: { id: ids },
    withDeleted: true,
  })
  const products = data as unknown as ProductSnapshot[]
  return new Map(products.map((product) => [product.id, product]))
}

export const loadOrderFactsStepId = "load-member-order-facts"

/** Reads orders (and their products) as Medusa has them now: replays converge. */
export const loadOrderFactsStep = createStep(
  loadOrderFactsStepId,
  async (orderIds: string[], { container }) => {
    if (!orderIds.length) {
      return new StepResponse([] as OrderFactInput[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ORDER_FACT_FIELDS,
      filters: { id: orderIds },
    })
    const orders = data as unknown as OrderSnapshot[]
    const products = await productsOf(query, orders)
    const facts = orders
      .map((order) => orderToFact(order, products))
      .filter((fact): fact is OrderFactInput => fact !== null)
    return new StepResponse(facts)
  }
)
