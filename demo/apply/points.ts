import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  awardOrderPointsWorkflowId,
  expireMemberPointsWorkflowId,
  releaseOrderPointsWorkflowId,
  reverseRefundedPointsWorkflowId,
  updatePointsProgramWorkflowId,
} from "../../src/workflows/workflow-ids"
import { runPluginWorkflow } from "./run-plugin-workflow"

const PAGE = 200
const CONCURRENCY = 4

/** The demo's program: 1 point per euro, 1 point = 1 cent, 12-month lots, a 14-day return window. */
export const DEMO_POINTS_PROGRAM = {
  enabled: true,
  earn_rate: 1,
  point_value: 0.01,
  min_redeem_points: 100,
  max_redeem_share: 0.3,
  expiry_months: 12,
  pending_days: 14,
  signup_bonus: 100,
  checkin_bonus: 5,
  checkin_streak_bonus: 20,
  review_bonus: 50,
  birthday_bonus: 200,
  tier_up_bonus: 300,
}

type OrderRow = {
  id: string
  customer_id: string | null
  canceled_at: string | null
  fulfillments?: ({ delivered_at: string | null } | null)[] | null
  payment_collections?:
    | ({
        payments?:
          | ({
              id: string
              refunds?: ({ id: string } | null)[] | null
            } | null)[]
          | null
      } | null)[]
    | null
}

async function pointsFor(container: MedusaContainer, order: OrderRow) {
  if (!order.customer_id || order.canceled_at) return
  await runPluginWorkflow(container, awardOrderPointsWorkflowId, {
    order_id: order.id,
  })
  if (order.fulfillments?.some((f) => f?.delivered_at)) {
    await runPluginWorkflow(container, releaseOrderPointsWorkflowId, {
      order_id: order.id,
    })
  }
  for (const payment of (order.payment_collections ?? []).flatMap(
    (pc) => pc?.payments ?? []
  )) {
    if (payment?.refunds?.length) {
      await runPluginWorkflow(container, reverseRefundedPointsWorkflowId, {
        payment_id: payment.id,
      })
    }
  }
}

/**
 * The points program on, and the seeded history earned: each member order's
 * lot (released from its delivery, so year-old lots have expired and some
 * expire soon), refunds reversed, then the expiry run. Idempotent: every entry
 * is keyed, a rerun adds nothing.
 */
export async function ensurePointsDemo(container: MedusaContainer) {
  await runPluginWorkflow(
    container,
    updatePointsProgramWorkflowId,
    DEMO_POINTS_PROGRAM
  )
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let orders = 0
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "customer_id",
        "canceled_at",
        "fulfillments.delivered_at",
        "payment_collections.payments.id",
        "payment_collections.payments.refunds.id",
      ],
      pagination: { skip, take: PAGE, order: { created_at: "ASC" } },
    })
    const page = data as unknown as OrderRow[]
    if (!page.length) break
    for (let i = 0; i < page.length; i += CONCURRENCY) {
      await Promise.all(
        page.slice(i, i + CONCURRENCY).map((o) => pointsFor(container, o))
      )
    }
    orders += page.length
  }
  let after = ""
  for (;;) {
    const page = (await runPluginWorkflow(
      container,
      expireMemberPointsWorkflowId,
      { accounts: 500, after }
    )) as { next: string | null }
    if (!page.next) break
    after = page.next
  }
  return { orders }
}
