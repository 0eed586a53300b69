import { Timings } from "../timings"
import { DemoPlan, PlannedCustomer, PlannedOrder } from "../../types"

/** Ids of the demo store's records that orders refer to. */
export type DemoStoreIds = {
  salesChannelId: string
  regionId: string
  shippingOptionId: string
  shippingProfileId: string
  stockLocationId: string
}

export type DemoProductRecord = {
  productId: string
  variantId: string
  handle: string
  title: string
  price: number
}

export type OrderContext = DemoStoreIds & {
  plan: DemoPlan
  customers: Map<string, PlannedCustomer & { id: string }>
  products: Map<string, DemoProductRecord>
  timings: Timings
}

export const orderTotal = (context: OrderContext, order: PlannedOrder) =>
  order.items.reduce(
    (sum, item) =>
      sum + context.products.get(item.product_handle)!.price * item.quantity,
    context.plan.shipping_amount
  )

export const orderParty = (context: OrderContext, order: PlannedOrder) => {
  const customer = context.customers.get(order.customer_email)!
  return {
    customer_id: customer.id,
    email: customer.email,
    address: { ...customer.address, phone: customer.phone },
  }
}

/** Line items with the catalog's title and price, as an imported order carries them. */
export const orderLines = (context: OrderContext, order: PlannedOrder) =>
  order.items.map((item) => {
    const product = context.products.get(item.product_handle)!
    return {
      variant_id: product.variantId,
      quantity: item.quantity,
      title: product.title,
      unit_price: product.price,
      is_tax_inclusive: false,
    }
  })
