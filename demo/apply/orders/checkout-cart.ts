import {
  CreateCartAddressDTO,
  MedusaContainer,
} from "@medusajs/framework/types"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEMO_NAMES } from "../names"

export type CheckoutCartInput = {
  region_id: string
  sales_channel_id: string
  shipping_option_id: string
  currency_code: string
  customer_id: string
  email: string
  address: CreateCartAddressDTO
  items: { variant_id: string; quantity: number }[]
  metadata?: Record<string, unknown>
}

/** The storefront checkout: cart, shipping, payment session, completion (emits order.placed). */
export const checkoutCart = async (
  container: MedusaContainer,
  input: CheckoutCartInput
) => {
  const { address, shipping_option_id, ...cartData } = input
  const { result: cart } = await createCartWorkflow(container).run({
    input: { ...cartData, shipping_address: address, billing_address: address },
  })
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: [{ id: shipping_option_id }] },
  })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(
    container
  ).run({
    input: { cart_id: cart.id },
  })
  await createPaymentSessionsWorkflow(container).run({
    input: {
      payment_collection_id: collection.id,
      provider_id: DEMO_NAMES.paymentProvider,
    },
  })
  const { result } = await completeCartWorkflow(container).run({
    input: { id: cart.id },
  })
  return result.id
}
