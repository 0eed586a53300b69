import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MathBN,
  Modules,
} from "@medusajs/framework/utils"
import {
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  refundPaymentWorkflow,
} from "@medusajs/medusa/core-flows"
import { ensureShipping } from "../../demo/apply/fulfillment"
import { checkoutCart } from "../../demo/apply/orders/checkout-cart"
import { ensureProducts } from "../../demo/apply/products"
import { ensureRegion } from "../../demo/apply/region"
import {
  ensurePublishableKey,
  ensureSalesChannel,
} from "../../demo/apply/sales-channel"
import { buildDemoPlan } from "../../demo/plan"

export type CheckoutStore = Awaited<ReturnType<typeof createCheckoutStore>>

/** The demo store's catalogue and shipping, without its customers and orders. */
export async function createCheckoutStore(container: MedusaContainer) {
  const plan = buildDemoPlan({ seed: 7, size: "small", anchor: "2026-01-01" })
  const salesChannel = await ensureSalesChannel(container)
  const key = await ensurePublishableKey(container, salesChannel.id)
  const region = await ensureRegion(container, plan)
  const shipping = await ensureShipping(container, plan, {
    salesChannelId: salesChannel.id,
    regionId: region.id,
  })
  const variantIds = await ensureProducts(container, plan, {
    salesChannelId: salesChannel.id,
    shippingProfileId: shipping.shippingProfileId,
  })
  const products = plan.products.map((product) => ({
    variant_id: variantIds.get(product.handle)!.variantId,
    price: product.price,
  }))
  return {
    currency_code: plan.currency_code,
    country_code: plan.countries[0],
    shipping_amount: plan.shipping_amount,
    region_id: region.id,
    sales_channel_id: salesChannel.id,
    shipping_option_id: shipping.shippingOptionId,
    publishable_key: key.token,
    products,
  }
}

/** A checkout in the test store, through the demo's storefront flow (emits order.placed). */
export function checkout(
  container: MedusaContainer,
  store: CheckoutStore,
  customer: { id: string; email: string },
  items: { variant_id: string; quantity: number }[]
) {
  return checkoutCart(container, {
    region_id: store.region_id,
    sales_channel_id: store.sales_channel_id,
    shipping_option_id: store.shipping_option_id,
    currency_code: store.currency_code,
    customer_id: customer.id,
    email: customer.email,
    address: {
      first_name: "Test",
      last_name: "Member",
      address_1: "1 Member Street",
      city: "Berlin",
      postal_code: "10115",
      country_code: store.country_code,
    },
    items,
  })
}

async function orderPaymentId(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["payment_collections.payments.id"],
    filters: { id: orderId },
  })
  return order.payment_collections?.[0]?.payments?.[0]?.id as string
}

export async function capture(container: MedusaContainer, orderId: string) {
  const payment_id = await orderPaymentId(container, orderId)
  await capturePaymentWorkflow(container).run({ input: { payment_id } })
}

export async function refund(
  container: MedusaContainer,
  orderId: string,
  amount: number
) {
  const payment_id = await orderPaymentId(container, orderId)
  await refundPaymentWorkflow(container).run({ input: { payment_id, amount } })
}

export async function cancel(container: MedusaContainer, orderId: string) {
  await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
}

/** Fulfils every item, ships it and marks it delivered. */
export async function shipAndDeliver(
  container: MedusaContainer,
  orderId: string
) {
  const order = await container
    .resolve(Modules.ORDER)
    .retrieveOrder(orderId, { relations: ["items"] })
  const items = (order.items ?? []).map((item) => ({
    id: item.id,
    quantity: MathBN.convert(item.quantity).toNumber(),
  }))
  const { result: fulfillment } = await createOrderFulfillmentWorkflow(
    container
  ).run({
    input: { order_id: orderId, items },
  })
  await createOrderShipmentWorkflow(container).run({
    input: { order_id: orderId, fulfillment_id: fulfillment.id, items },
  })
  await markOrderFulfillmentAsDeliveredWorkflow(container).run({
    input: { orderId, fulfillmentId: fulfillment.id },
  })
}
