import { MedusaContainer } from "@medusajs/framework/types"
import {
  createOrderWorkflow,
  CreateOrderWorkflowInput,
} from "@medusajs/medusa/core-flows"
import { PlannedOrder } from "../../types"
import { DEMO_NAMES } from "../names"
import { OrderContext, orderLines, orderParty } from "./context"

/** An order created the way draft orders and imports create them, dated in the past. */
export const placeDirectOrder = async (
  container: MedusaContainer,
  context: OrderContext,
  order: PlannedOrder
) => {
  const { customer_id, email, address } = orderParty(context, order)
  const input: CreateOrderWorkflowInput & { created_at: Date } = {
    region_id: context.regionId,
    sales_channel_id: context.salesChannelId,
    customer_id,
    email,
    currency_code: context.plan.currency_code,
    status: "pending",
    items: orderLines(context, order),
    shipping_address: address,
    billing_address: address,
    shipping_methods: [
      {
        name: DEMO_NAMES.shippingOption,
        amount: context.plan.shipping_amount,
        shipping_option_id: context.shippingOptionId,
      },
    ],
    metadata: { demo_key: order.key },
    created_at: new Date(order.placed_at),
  }
  const { result } = await createOrderWorkflow(container).run({ input })
  return result.id
}
