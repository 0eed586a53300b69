import { MedusaContainer, UpdateOrderDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { PlannedOrder } from "../../types"
import { DEMO_NAMES } from "../names"
import { OrderContext, orderLines, orderParty } from "./context"

/** The storefront checkout: cart, shipping, payment session, completion (emits order.placed). */
export const placeCartOrder = async (
  container: MedusaContainer,
  context: OrderContext,
  order: PlannedOrder
) => {
  const { customer_id, email, address } = orderParty(context, order)
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: context.regionId,
      sales_channel_id: context.salesChannelId,
      customer_id,
      email,
      currency_code: context.plan.currency_code,
      items: orderLines(context, order).map(({ variant_id, quantity }) => ({
        variant_id,
        quantity,
      })),
      shipping_address: address,
      billing_address: address,
      metadata: { demo_key: order.key },
    },
  })
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: [{ id: context.shippingOptionId }] },
  })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(
    container
  ).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({
    input: {
      payment_collection_id: collection.id,
      provider_id: DEMO_NAMES.paymentProvider,
    },
  })
  const { result } = await completeCartWorkflow(container).run({
    input: { id: cart.id },
  })
  const backdate: UpdateOrderDTO & { created_at: Date } = {
    created_at: new Date(order.placed_at),
  }
  await container.resolve(Modules.ORDER).updateOrders(result.id, backdate)
  return result.id
}
