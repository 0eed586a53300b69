import { DAY, HOUR } from "./plan-dates"
import { Random } from "./random"
import { DemoSize } from "./sizes"
import { Persona, PlannedOrderItem, PlannedProduct } from "./types"

export const HISTORY_DAYS = 730

type Rhythm = {
  orders: readonly [number, number]
  minOrders: number
  /** Days before the anchor: when the first and the last order fall. */
  first: readonly [number, number]
  last: readonly [number, number]
}

const RHYTHMS: Record<Exclude<Persona, "registrant">, Rhythm> = {
  one_time: { orders: [1, 1], minOrders: 1, first: [729, 1], last: [729, 1] },
  repeat: { orders: [4, 8], minOrders: 2, first: [729, 430], last: [90, 1] },
  vip: { orders: [9, 16], minOrders: 3, first: [729, 530], last: [45, 1] },
  dormant: {
    orders: [2, 5],
    minOrders: 2,
    first: [729, 420],
    last: [380, 200],
  },
}

const between = (random: Random, [from, to]: readonly [number, number]) =>
  random.int(Math.min(from, to), Math.max(from, to))

/** Order times for one customer: steady intervals with some jitter, oldest first. */
export const planOrderTimes = (
  random: Random,
  persona: Persona,
  size: DemoSize,
  anchor: number
): number[] => {
  if (persona === "registrant") {
    return []
  }
  const rhythm = RHYTHMS[persona]
  const count = Math.max(
    rhythm.minOrders,
    Math.round(between(random, rhythm.orders) * size.orderScale)
  )
  const firstDay = between(random, rhythm.first)
  const lastDay = count === 1 ? firstDay : between(random, rhythm.last)
  const step = (firstDay - lastDay) / Math.max(1, count - 1)
  return Array.from({ length: count }, (_, index) => {
    const jitter = index === 0 || index === count - 1 ? 0 : step * 0.3
    const day = firstDay - step * index + (random.next() * 2 - 1) * jitter
    const hour = random.int(7, 22)
    return (
      anchor - Math.ceil(day) * DAY + hour * HOUR + random.int(0, 59) * 60000
    )
  }).sort((a, b) => a - b)
}

/** Line items: VIPs buy more and pricier products. */
export const planOrderItems = (
  random: Random,
  persona: Persona,
  products: PlannedProduct[]
): PlannedOrderItem[] => {
  const vip = persona === "vip"
  const lines = vip
    ? random.int(2, 4)
    : random.weighted([
        [1, 55],
        [2, 30],
        [3, 15],
      ] as const)
  const weights = products.map(
    (product) =>
      [
        product,
        vip ? Math.sqrt(product.price) : 10 / Math.sqrt(product.price),
      ] as const
  )
  const chosen = new Map<string, number>()
  while (chosen.size < Math.min(lines, products.length)) {
    const product = random.weighted(weights)
    if (!chosen.has(product.handle)) {
      chosen.set(product.handle, random.chance(0.2) ? 2 : 1)
    }
  }
  return [...chosen].map(([product_handle, quantity]) => ({
    product_handle,
    quantity,
  }))
}
