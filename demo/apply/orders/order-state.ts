import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** How far an existing demo order got, read back so a rerun resumes it. */
export type OrderState = {
  id: string
  key: string
  status: string
  items: { id: string; quantity: number }[]
  paymentCollection: { id: string; status: string } | null
  payment: { id: string; captured: boolean; refunded: boolean } | null
  fulfillment: { id: string; shipped: boolean; delivered: boolean } | null
}

const FIELDS = [
  "id",
  "status",
  "metadata",
  "items.id",
  "items.quantity",
  "payment_collections.id",
  "payment_collections.status",
  "payment_collections.payments.id",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.refunds.id",
  "fulfillments.id",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
]

const PAGE = 500

type OrderRow = {
  id: string
  status: string
  metadata?: Record<string, unknown> | null
  items?: ({ id: string; quantity: unknown } | null)[] | null
  payment_collections?:
    | ({
        id: string
        status: string
        payments?:
          | ({
              id: string
              captured_at?: unknown
              refunds?: ({ id: string } | null)[] | null
            } | null)[]
          | null
      } | null)[]
    | null
  fulfillments?:
    | ({ id: string; shipped_at?: unknown; delivered_at?: unknown } | null)[]
    | null
}

const toState = (row: OrderRow): OrderState => {
  const collection = row.payment_collections?.find(Boolean) ?? null
  const payment = collection?.payments?.find(Boolean) ?? null
  const fulfillment = row.fulfillments?.find(Boolean) ?? null
  return {
    id: row.id,
    key: String(row.metadata?.demo_key ?? ""),
    status: row.status,
    items: (row.items ?? []).flatMap((item) =>
      item ? [{ id: item.id, quantity: Number(item.quantity) }] : []
    ),
    paymentCollection: collection && {
      id: collection.id,
      status: collection.status,
    },
    payment: payment && {
      id: payment.id,
      captured: Boolean(payment.captured_at),
      refunded: Boolean(payment.refunds?.length),
    },
    fulfillment: fulfillment && {
      id: fulfillment.id,
      shipped: Boolean(fulfillment.shipped_at),
      delivered: Boolean(fulfillment.delivered_at),
    },
  }
}

const queryOrders = async (
  container: MedusaContainer,
  filters: Record<string, unknown>,
  skip: number
) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: FIELDS,
    filters,
    pagination: { skip, take: PAGE, order: { created_at: "ASC" } },
  })
  return (data as OrderRow[]).map(toState)
}

export const loadOrderState = async (
  container: MedusaContainer,
  id: string
) => {
  const [state] = await queryOrders(container, { id }, 0)
  return state
}

/** Every demo order in the sales channel, by its plan key. */
export const loadDemoOrders = async (
  container: MedusaContainer,
  salesChannelId: string
) => {
  const byKey = new Map<string, OrderState>()
  for (let skip = 0; ; skip += PAGE) {
    const page = await queryOrders(
      container,
      { sales_channel_id: salesChannelId },
      skip
    )
    page
      .filter((order) => order.key)
      .forEach((order) => byKey.set(order.key, order))
    if (page.length < PAGE) {
      return byKey
    }
  }
}

/** How many orders the demo sales channel holds, without loading them. */
export const countDemoOrders = async (
  container: MedusaContainer,
  salesChannelId: string
) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { metadata } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { sales_channel_id: salesChannelId },
    pagination: { skip: 0, take: 1 },
  })
  return metadata?.count ?? 0
}
