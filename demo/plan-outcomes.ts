import { DAY, HOUR, toIso } from "./plan-dates"
import { Random } from "./random"
import { DemoSize } from "./sizes"
import { OrderOutcome, PlannedOrder } from "./types"

type TimedOrder = Omit<PlannedOrder, "outcome" | "path">

/**
 * Outcomes by recency: the newest orders are still unpaid, captured, fulfilled
 * or on their way; older ones are delivered, except a share canceled or refunded.
 */
const planOutcomes = (
  random: Random,
  size: DemoSize,
  count: number
): OrderOutcome[] => {
  const { unpaid, captured, fulfilled, shipped, delivered } = size.recent
  const newest = random.shuffle([
    ...Array<OrderOutcome>(unpaid).fill("unpaid"),
    ...Array<OrderOutcome>(captured).fill("captured"),
    ...Array<OrderOutcome>(fulfilled).fill("fulfilled"),
  ])
  const older = Math.max(0, count - newest.length - shipped - delivered)
  const canceled = Math.max(
    size.minCanceled,
    Math.round(size.canceledShare * count)
  )
  const refunded = Math.max(
    size.minRefunded,
    Math.round(size.refundedShare * count)
  )
  const history = random.shuffle([
    ...Array<OrderOutcome>(canceled).fill("canceled"),
    ...Array<OrderOutcome>(refunded).fill("refunded"),
    ...Array<OrderOutcome>(Math.max(0, older - canceled - refunded)).fill(
      "delivered"
    ),
  ])
  return [
    ...history,
    ...Array<OrderOutcome>(delivered).fill("delivered"),
    ...Array<OrderOutcome>(shipped).fill("shipped"),
    ...newest,
  ].slice(-count)
}

const after = (
  random: Random,
  from: number,
  hours: [number, number],
  cap: number
) => Math.max(from + 60000, Math.min(from + random.int(...hours) * HOUR, cap))

const lifecycle = (
  random: Random,
  placed: number,
  outcome: OrderOutcome,
  cap: number
): Partial<PlannedOrder> => {
  if (outcome === "canceled") {
    return { canceled_at: toIso(after(random, placed, [1, 48], cap)) }
  }
  if (outcome === "refunded") {
    return { refunded_at: toIso(after(random, placed, [24, 10 * 24], cap)) }
  }
  if (["completed", "unpaid", "captured"].includes(outcome)) {
    return {}
  }
  const fulfilled = after(random, placed, [2, 30], cap)
  const shipped = after(random, fulfilled, [3, 24], cap)
  const delivered = after(random, shipped, [24, 4 * 24], cap)
  return {
    fulfilled_at: toIso(fulfilled),
    ...(outcome !== "fulfilled" && { shipped_at: toIso(shipped) }),
    ...(outcome === "delivered" && { delivered_at: toIso(delivered) }),
  }
}

/** Unpaid orders and a few paid ones go through the storefront cart flow. */
const cartKeys = (random: Random, size: DemoSize, orders: PlannedOrder[]) => {
  const unpaid = orders.filter((order) => order.outcome === "unpaid")
  const paid = orders.filter((order) =>
    ["captured", "fulfilled", "shipped", "delivered"].includes(order.outcome)
  )
  const extra = random
    .shuffle(paid)
    .slice(0, Math.max(0, size.cartOrders - unpaid.length))
  return new Set([...unpaid, ...extra].map((order) => order.key))
}

export const assignOutcomes = (
  random: Random,
  size: DemoSize,
  orders: TimedOrder[],
  anchor: number
): PlannedOrder[] => {
  const outcomes = planOutcomes(random, size, orders.length)
  const cap = anchor - 10 * 60000
  const bulkBefore = anchor - size.workflowDays * DAY
  const recent = Object.values(size.recent).reduce((sum, n) => sum + n, 0)
  const planned = orders.map((order, index): PlannedOrder => {
    const placed = Date.parse(order.placed_at)
    const bulk = placed < bulkBefore && index < orders.length - recent
    const outcome =
      bulk && outcomes[index] === "delivered" ? "completed" : outcomes[index]
    return {
      ...order,
      path: bulk ? "bulk" : "direct",
      outcome,
      ...lifecycle(random, placed, outcome, cap),
    }
  })
  const viaCart = cartKeys(random, size, planned)
  return planned.map((order) =>
    viaCart.has(order.key) ? { ...order, path: "cart" } : order
  )
}
