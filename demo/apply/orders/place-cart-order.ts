import { MedusaContainer, UpdateOrderDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PlannedOrder } from "../../types"
import { checkoutCart } from "./checkout-cart"
import { OrderContext, orderLines, orderParty } from "./context"

/** A planned order through the storefront checkout, backdated to its plan date. */
export const placeCartOrder = async (
  container: MedusaContainer,
  context: OrderContext,
  order: PlannedOrder
) => {
  const { customer_id, email, address } = orderParty(context, order)
  const orderId = await checkoutCart(container, {
    region_id: context.regionId,
    sales_channel_id: context.salesChannelId,
    shipping_option_id: context.shippingOptionId,
    currency_code: context.plan.currency_code,
    customer_id,
    email,
    address,
    items: orderLines(context, order),
    metadata: { demo_key: order.key },
  })
  const backdate: UpdateOrderDTO & { created_at: Date } = {
    created_at: new Date(order.placed_at),
  }
  await container.resolve(Modules.ORDER).updateOrders(orderId, backdate)
  return orderId
}
