import type { MedusaContainer } from "@medusajs/framework/types"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBER_POINTS_MODULE } from "../../src/module-keys"
import type MemberPointsModuleService from "../../src/modules/member-points/service"
import type { CheckoutStore } from "./checkout"

export const pointsOf = (c: MedusaContainer): MemberPointsModuleService =>
  c.resolve(MEMBER_POINTS_MODULE)

export const balanceOf = async (c: MedusaContainer, customerId: string) =>
  (await pointsOf(c).getBalances([customerId])).get(customerId)!

/** A cart with items and shipping and a payment collection, not yet paid for or completed. */
export async function openCart(
  container: MedusaContainer,
  store: CheckoutStore,
  customer: { id: string; email: string },
  items: { variant_id: string; quantity: number }[],
  currency_code = store.currency_code
) {
  const address = {
    first_name: "Test",
    last_name: "Member",
    address_1: "1 Member Street",
    city: "Berlin",
    postal_code: "10115",
    country_code: store.country_code,
  }
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: store.region_id,
      sales_channel_id: store.sales_channel_id,
      currency_code,
      customer_id: customer.id,
      email: customer.email,
      shipping_address: address,
      billing_address: address,
      items,
    },
  })
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: [{ id: store.shipping_option_id }] },
  })
  await createPaymentCollectionForCartWorkflow(container).run({
    input: { cart_id: cart.id },
  })
  return cart.id
}

/**
 * Pays (payment session on the cart's current collection, the system provider
 * unless another is named) and completes; returns the order id.
 */
export async function completeCart(
  container: MedusaContainer,
  cartId: string,
  provider_id = "pp_system_default"
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["payment_collection.id", "total"],
    filters: { id: cartId },
  })
  const collection = (cart as { payment_collection?: { id: string } })
    .payment_collection
  if (collection) {
    await createPaymentSessionsWorkflow(container).run({
      input: {
        payment_collection_id: collection.id,
        provider_id,
      },
    })
  }
  const { result } = await completeCartWorkflow(container).run({
    input: { id: cartId },
  })
  return result.id
}

export async function orderTotals(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "total",
      "credit_line_total",
      "item_subtotal",
      "shipping_total",
    ],
    filters: { id: orderId },
  })
  return order as {
    total: number
    credit_line_total: number
    item_subtotal: number
    shipping_total: number
  }
}
