import {
  ContainerRegistrationKeys,
  MathBN,
  Modules,
} from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"
import type { PointsProgramRow } from "../../../modules/member-points/types"
import { pointsService } from "./points-service"

/** The credit-line reference of points paid at checkout (its reference_id is the cart id). */
export const POINTS_CREDIT_REFERENCE = "member-points"

export type OrderPoints = {
  order_id: string
  customer_id: string | null
  currency_code: string
  created_at: Date
  canceled: boolean
  /** item subtotal after discounts, without shipping, tax and credit lines */
  base: number
  /** carts whose checkout paid with points */
  cart_ids: string[]
  delivered_at: Date | null
}

type Money = Parameters<typeof MathBN.convert>[0]

type OrderRow = {
  id: string
  customer_id: string | null
  currency_code: string
  created_at: Date | string
  canceled_at: Date | string | null
  status: string
  items: ({ subtotal: Money; discount_subtotal: Money } | null)[] | null
  credit_lines:
    ({ reference: string | null; reference_id: string | null } | null)[] | null
  fulfillments:
    | ({
        delivered_at: Date | string | null
        canceled_at: Date | string | null
      } | null)[]
    | null
}

export async function loadOrderPoints(
  container: MedusaContainer,
  orderId: string
): Promise<OrderPoints | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "customer_id",
      "currency_code",
      "created_at",
      "canceled_at",
      "status",
      // order-level totals make query compute the item totals too
      "item_subtotal",
      "total",
      "items.id",
      "items.quantity",
      "items.subtotal",
      "items.discount_subtotal",
      "credit_lines.reference",
      "credit_lines.reference_id",
      "fulfillments.delivered_at",
      "fulfillments.canceled_at",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as OrderRow | undefined
  if (!order) return null
  const base = (order.items ?? []).reduce(
    (sum, item) =>
      MathBN.add(
        sum,
        MathBN.sub(item?.subtotal ?? 0, item?.discount_subtotal ?? 0)
      ),
    0 as Money
  )
  const delivered = (order.fulfillments ?? [])
    .filter((f) => f && !f.canceled_at && f.delivered_at)
    .map((f) => new Date(f!.delivered_at as Date).getTime())
  return {
    order_id: order.id,
    customer_id: order.customer_id ?? null,
    currency_code: String(order.currency_code).toLowerCase(),
    created_at: new Date(order.created_at as Date),
    canceled: !!order.canceled_at || order.status === "canceled",
    base: Math.max(0, MathBN.convert(base).toNumber()),
    cart_ids: (order.credit_lines ?? [])
      .filter((line) => line?.reference === POINTS_CREDIT_REFERENCE)
      .map((line) => String(line!.reference_id)),
    delivered_at: delivered.length ? new Date(Math.max(...delivered)) : null,
  }
}

/** The program, and the currency points are earned and spent in. */
export async function loadProgram(
  container: MedusaContainer
): Promise<{ program: PointsProgramRow; currency_code: string | null }> {
  const program = await pointsService(container).retrieveProgram()
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  let currency =
    program.currency_code?.toLowerCase() ?? segments.configuredCurrency()
  if (!currency) {
    const [store] = await container
      .resolve(Modules.STORE)
      .listStores({}, { relations: ["supported_currencies"], take: 1 })
    const currencies = store?.supported_currencies ?? []
    currency =
      (currencies.find((c) => c.is_default) ?? currencies[0])?.currency_code ??
      null
  }
  return { program, currency_code: currency?.toLowerCase() ?? null }
}

export const loadOrderPointsStepId = "load-member-order-points"

export const loadOrderPointsStep = createStep(
  loadOrderPointsStepId,
  async (orderId: string, { container }) => {
    const [order, program] = await Promise.all([
      loadOrderPoints(container, orderId),
      loadProgram(container),
    ])
    return new StepResponse({ order, ...program })
  }
)
