import {
  CreateOrderDTO,
  MedusaContainer,
  PaymentCollectionDTO,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PlannedOrder } from "../../types"
import { DEMO_NAMES } from "../names"
import { OrderContext, orderParty, orderTotal } from "./context"

const toOrderInput = (
  context: OrderContext,
  order: PlannedOrder
): CreateOrderDTO & { created_at: Date } => {
  const { customer_id, email, address } = orderParty(context, order)
  return {
    region_id: context.regionId,
    sales_channel_id: context.salesChannelId,
    customer_id,
    email,
    currency_code: context.plan.currency_code,
    status: order.outcome === "completed" ? "completed" : "pending",
    created_at: new Date(order.placed_at),
    shipping_address: address,
    billing_address: address,
    items: order.items.map((item) => {
      const product = context.products.get(item.product_handle)!
      return {
        title: product.title,
        quantity: item.quantity,
        unit_price: product.price,
        is_tax_inclusive: false,
        requires_shipping: true,
        product_id: product.productId,
        product_title: product.title,
        product_handle: product.handle,
        variant_id: product.variantId,
        variant_sku: product.handle.toUpperCase(),
        variant_title: "Standard",
      }
    }),
    shipping_methods: [
      {
        name: DEMO_NAMES.shippingOption,
        amount: context.plan.shipping_amount,
        shipping_option_id: context.shippingOptionId,
      },
    ],
    metadata: { demo_key: order.key },
  }
}

/** Authorizes and captures one collection's payment, as markPaymentCollectionAsPaid does. */
const capture = async (
  container: MedusaContainer,
  collection: PaymentCollectionDTO
) => {
  const payments = container.resolve(Modules.PAYMENT)
  const session = await payments.createPaymentSession(collection.id, {
    provider_id: DEMO_NAMES.paymentProvider,
    currency_code: collection.currency_code,
    amount: collection.amount,
    data: {},
  })
  const payment = await payments.authorizePaymentSession(session.id, {})
  const captured = await payments.capturePayment({
    payment_id: payment!.id,
    amount: collection.amount,
  })
  return captured.captures![0].id
}

/** Older history in one batch through the order module; ids come back in plan order. */
export const createBulkOrders = async (
  container: MedusaContainer,
  context: OrderContext,
  orders: PlannedOrder[]
) => {
  const created = await container
    .resolve(Modules.ORDER)
    .createOrders(orders.map((order) => toOrderInput(context, order)))
  const byKey = new Map(
    created.map((o) => [String(o.metadata?.demo_key), o.id])
  )
  return orders.map((order) => byKey.get(order.key)!)
}

/**
 * Pays a batch of bulk orders: payment collections through the payment module,
 * linked to the orders, captured and recorded as order transactions, as the
 * payment workflows do, but batched and without events.
 */
export const payBulkOrders = async (
  container: MedusaContainer,
  context: OrderContext,
  orders: PlannedOrder[],
  orderIds: string[]
) => {
  const collections = await container
    .resolve(Modules.PAYMENT)
    .createPaymentCollections(
      orders.map((order) => ({
        currency_code: context.plan.currency_code,
        amount: orderTotal(context, order),
      }))
    )
  await container.resolve(ContainerRegistrationKeys.LINK).create(
    collections.map((collection, index) => ({
      [Modules.ORDER]: { order_id: orderIds[index] },
      [Modules.PAYMENT]: { payment_collection_id: collection.id },
    }))
  )
  const captureIds = await Promise.all(
    collections.map((collection) => capture(container, collection))
  )
  await container.resolve(Modules.ORDER).addOrderTransactions(
    collections.map((collection, index) => ({
      order_id: orderIds[index],
      amount: collection.amount,
      currency_code: collection.currency_code,
      reference: "capture",
      reference_id: captureIds[index],
    }))
  )
}
