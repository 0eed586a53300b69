import { MedusaContainer } from "@medusajs/framework/types"
import { PlannedOrder } from "../../types"
import { startProgress } from "../progress"
import { advanceOrder } from "./advance-order"
import { OrderContext } from "./context"
import { loadDemoOrders, loadOrderState, OrderState } from "./order-state"
import { createBulkOrders, payBulkOrders } from "./place-bulk-orders"
import { placeCartOrder } from "./place-cart-order"
import { placeDirectOrder } from "./place-direct-order"
import { isSettled } from "./settled"

export type ApplyOrdersOptions = { concurrency: number; progress: boolean }

const BULK_BATCH = 25

/** Work units in plan order: runs of new bulk orders become one batch. */
const toUnits = (orders: PlannedOrder[], existing: Map<string, OrderState>) => {
  const units: PlannedOrder[][] = []
  for (const order of orders) {
    const last = units[units.length - 1]
    const batchable = order.path === "bulk" && !existing.has(order.key)
    if (
      batchable &&
      last?.[0].path === "bulk" &&
      !existing.has(last[0].key) &&
      last.length < BULK_BATCH
    ) {
      last.push(order)
    } else {
      units.push([order])
    }
  }
  return units
}

/**
 * Creates the planned orders oldest first, one unit after another, so display
 * ids follow the dates, while up to `concurrency` units run their lifecycle
 * steps. Orders that already exist are resumed from their state, never created twice.
 */
export const applyOrders = async (
  container: MedusaContainer,
  context: OrderContext,
  options: ApplyOrdersOptions
) => {
  const existing = await loadDemoOrders(container, context.salesChannelId)
  const pending = context.plan.orders.filter((order) => {
    const state = existing.get(order.key)
    return !state || !isSettled(order, state)
  })
  const units = toUnits(pending, existing)
  const progress = startProgress("orders", pending.length, options.progress)
  const { measure } = context.timings

  let creations: Promise<unknown> = Promise.resolve()
  const createInTurn = (unit: PlannedOrder[]) => {
    const [first] = unit
    const created = creations.then(() =>
      measure(`create (${first.path})`, async () => {
        if (first.path === "bulk") {
          return createBulkOrders(container, context, unit)
        }
        const place = first.path === "cart" ? placeCartOrder : placeDirectOrder
        return [await place(container, context, first)]
      })
    )
    creations = created.catch(() => undefined)
    return created
  }

  const stats = { created: 0, resumed: 0 }
  let next = 0
  let failure: unknown = null
  const settle = async (
    order: PlannedOrder,
    known?: OrderState,
    id?: string
  ) => {
    if (!known && order.path === "bulk" && order.outcome === "completed") {
      return
    }
    const state =
      known ?? (await measure("load", () => loadOrderState(container, id!)))
    await advanceOrder(container, context, order, state)
  }

  const work = async () => {
    while (next < units.length && !failure) {
      const unit = units[next++]
      const known = existing.get(unit[0].key)
      const creation = known ? null : createInTurn(unit)
      try {
        const ids = creation ? await creation : []
        if (creation && unit[0].path === "bulk") {
          await measure("pay (bulk)", () =>
            payBulkOrders(container, context, unit, ids)
          )
        }
        for (const [index, order] of unit.entries()) {
          await settle(order, known, ids[index])
          stats[known ? "resumed" : "created"] += 1
          progress.tick()
        }
      } catch (error) {
        failure = failure ?? error
      }
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, work))
  progress.stop()
  if (failure) {
    throw failure
  }
  return { ...stats, skipped: context.plan.orders.length - pending.length }
}
