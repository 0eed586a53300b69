import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OrderFactInput } from "../../../modules/member-segment/types"
import { orderToFact, type OrderSnapshot } from "../order-to-fact"

export const ORDER_FACT_FIELDS = [
  "id",
  "customer_id",
  "currency_code",
  "created_at",
  "canceled_at",
  "item_subtotal",
  "shipping_total",
  "discount_total",
  "total",
  "shipping_address.country_code",
  "items.detail.return_received_quantity",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.captures.created_at",
  "payment_collections.payments.refunds.amount",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
]

export const loadOrderFactsStepId = "load-member-order-facts"

/** Reads orders as Medusa has them now and turns them into facts: replays converge. */
export const loadOrderFactsStep = createStep(
  loadOrderFactsStepId,
  async (orderIds: string[], { container }) => {
    if (!orderIds.length) {
      return new StepResponse([] as OrderFactInput[])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ORDER_FACT_FIELDS,
      filters: { id: orderIds },
    })
    const facts = (orders as unknown as OrderSnapshot[])
      .map(orderToFact)
      .filter((fact): fact is OrderFactInput => fact !== null)
    return new StepResponse(facts)
  }
)
