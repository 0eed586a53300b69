import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderPaymentCollectionWorkflow,
  createOrderShipmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  markPaymentCollectionAsPaid,
  refundPaymentWorkflow,
} from "@medusajs/medusa/core-flows"
import { OrderOutcome, PlannedOrder } from "../../types"
import { OrderContext, orderTotal } from "./context"
import { loadOrderState, OrderState } from "./order-state"

const PAID: OrderOutcome[] = [
  "completed",
  "captured",
  "fulfilled",
  "shipped",
  "delivered",
  "canceled",
  "refunded",
]
const FULFILLED: OrderOutcome[] = ["fulfilled", "shipped", "delivered"]
const SHIPPED: OrderOutcome[] = ["shipped", "delivered"]

const capture = async (
  container: MedusaContainer,
  context: OrderContext,
  order: PlannedOrder,
  state: OrderState
) => {
  if (state.payment?.captured) {
    return state
  }
  if (state.payment) {
    await context.timings.measure("capture", () =>
      capturePaymentWorkflow(container).run({
        input: { payment_id: state.payment!.id },
      })
    )
    return loadOrderState(container, state.id)
  }
  const collectionId =
    state.paymentCollection?.id ??
    (
      await context.timings.measure("payment collection", () =>
        createOrderPaymentCollectionWorkflow(container).run({
          input: { order_id: state.id, amount: orderTotal(context, order) },
        })
      )
    ).result[0].id
  await context.timings.measure("mark paid", () =>
    markPaymentCollectionAsPaid(container).run({
      input: { order_id: state.id, payment_collection_id: collectionId },
    })
  )
  return loadOrderState(container, state.id)
}

const fulfill = async (
  container: MedusaContainer,
  context: OrderContext,
  state: OrderState
) => {
  const items = state.items.map(({ id, quantity }) => ({ id, quantity }))
  let fulfillmentId = state.fulfillment?.id
  if (!fulfillmentId) {
    const { result } = await context.timings.measure("fulfill", () =>
      createOrderFulfillmentWorkflow(container).run({
        input: { order_id: state.id, items, no_notification: true },
      })
    )
    fulfillmentId = result.id
  }
  return { fulfillmentId, items }
}

/** Backdates the fulfillment's lifecycle to the plan's timestamps. */
const backdateFulfillment = async (
  container: MedusaContainer,
  order: PlannedOrder,
  fulfillmentId: string
) => {
  const date = (value?: string) => (value ? new Date(value) : undefined)
  await container
    .resolve(Modules.FULFILLMENT)
    .updateFulfillment(fulfillmentId, {
      packed_at: date(order.fulfilled_at),
      shipped_at: date(order.shipped_at),
      delivered_at: date(order.delivered_at),
    })
}

/** Runs the lifecycle steps the plan asks for that the order has not been through yet. */
export const advanceOrder = async (
  container: MedusaContainer,
  context: OrderContext,
  order: PlannedOrder,
  initial: OrderState
) => {
  if (!PAID.includes(order.outcome) || initial.status === "canceled") {
    return
  }
  const state = await capture(container, context, order, initial)
  if (order.outcome === "canceled") {
    await context.timings.measure("cancel", () =>
      cancelOrderWorkflow(container).run({
        input: { order_id: state.id, no_notification: true },
      })
    )
    return
  }
  if (order.outcome === "refunded") {
    if (!state.payment?.refunded) {
      await context.timings.measure("refund", () =>
        refundPaymentWorkflow(container).run({
          input: {
            payment_id: state.payment!.id,
            amount: orderTotal(context, order),
          },
        })
      )
    }
    return
  }
  if (!FULFILLED.includes(order.outcome)) {
    return
  }
  const { fulfillmentId, items } = await fulfill(container, context, state)
  if (SHIPPED.includes(order.outcome) && !state.fulfillment?.shipped) {
    await context.timings.measure("ship", () =>
      createOrderShipmentWorkflow(container).run({
        input: {
          order_id: state.id,
          fulfillment_id: fulfillmentId,
          items,
          no_notification: true,
        },
      })
    )
  }
  if (order.outcome === "delivered" && !state.fulfillment?.delivered) {
    await context.timings.measure("deliver", () =>
      markOrderFulfillmentAsDeliveredWorkflow(container).run({
        input: { orderId: state.id, fulfillmentId },
      })
    )
  }
  await context.timings.measure("backdate", () =>
    backdateFulfillment(container, order, fulfillmentId)
  )
}
