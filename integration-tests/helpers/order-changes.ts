import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  beginExchangeOrderWorkflow,
  beginOrderEditOrderWorkflow,
  confirmExchangeRequestWorkflow,
  confirmOrderEditRequestWorkflow,
  orderEditAddNewItemWorkflow,
  orderExchangeAddNewItemWorkflow,
  orderExchangeRequestItemReturnWorkflow,
  requestOrderEditRequestWorkflow,
} from "@medusajs/medusa/core-flows"

type NewItem = { variant_id: string; quantity: number }

/** An admin's order edit through core's workflows: add items, request, confirm. */
export async function editOrderAddingItems(
  container: MedusaContainer,
  orderId: string,
  items: NewItem[]
) {
  await beginOrderEditOrderWorkflow(container).run({
    input: { order_id: orderId },
  })
  await orderEditAddNewItemWorkflow(container).run({
    input: { order_id: orderId, items },
  })
  await requestOrderEditRequestWorkflow(container).run({
    input: { order_id: orderId },
  })
  await confirmOrderEditRequestWorkflow(container).run({
    input: { order_id: orderId },
  })
}

/** An exchange: the first line of the order goes back, new items go out. */
export async function exchangeFirstItem(
  container: MedusaContainer,
  orderId: string,
  items: NewItem[]
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["items.id"],
    filters: { id: orderId },
  })
  const { result: change } = await beginExchangeOrderWorkflow(container).run({
    input: { order_id: orderId },
  })
  const exchangeId = change.exchange_id as string
  await orderExchangeAddNewItemWorkflow(container).run({
    input: { exchange_id: exchangeId, items },
  })
  const {
    data: [exchange],
  } = await query.graph({
    entity: "order_exchange",
    fields: ["return_id"],
    filters: { id: exchangeId },
  })
  await orderExchangeRequestItemReturnWorkflow(container).run({
    input: {
      exchange_id: exchangeId,
      return_id: exchange?.return_id as string,
      items: [{ id: order.items![0]!.id, quantity: 1 }],
    },
  })
  await confirmExchangeRequestWorkflow(container).run({
    input: { exchange_id: exchangeId },
  })
}
