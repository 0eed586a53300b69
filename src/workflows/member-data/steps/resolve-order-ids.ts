import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ResolveOrderIdsInput = {
  order_ids?: string[]
  payment_ids?: string[]
  fulfillment_ids?: string[]
}

export const resolveOrderIdsStepId = "resolve-member-order-ids"

/** Maps the ids core events carry (orders, payments, fulfillments) to order ids. */
export const resolveOrderIdsStep = createStep(
  resolveOrderIdsStepId,
  async (input: ResolveOrderIdsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const orderIds = new Set(input.order_ids ?? [])

    if (input.payment_ids?.length) {
      const { data: payments } = await query.graph({
        entity: "payment",
        fields: ["payment_collection.order.id"],
        filters: { id: input.payment_ids },
      })
      payments.forEach((payment) => {
        const orderId = payment.payment_collection?.order?.id
        if (orderId) orderIds.add(orderId)
      })
    }

    if (input.fulfillment_ids?.length) {
      const { data: fulfillments } = await query.graph({
        entity: "fulfillment",
        fields: ["order.id"],
        filters: { id: input.fulfillment_ids },
      })
      fulfillments.forEach((fulfillment) => {
        const orderId = fulfillment.order?.id
        if (orderId) orderIds.add(orderId)
      })
    }

    return new StepResponse([...orderIds])
  }
)
