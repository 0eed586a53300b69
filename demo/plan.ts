import { DEMO_CATALOG, DEMO_CATEGORIES } from "./catalog"
import { CITIES } from "./people"
import { planCustomers } from "./plan-customers"
import { anchorTime, DAY, toIso } from "./plan-dates"
import { planOrderItems, planOrderTimes } from "./plan-orders"
import { assignOutcomes } from "./plan-outcomes"
import { createRandom } from "./random"
import { DEMO_SIZES } from "./sizes"
import {
  DemoPlan,
  DemoSizeName,
  PlannedCustomer,
  PlannedProduct,
} from "./types"

export const DEFAULT_DEMO_SEED = 20240601

export type DemoPlanInput = {
  seed: number
  size: DemoSizeName
  /** "YYYY-MM-DD": every planned date lies in the two years before it. */
  anchor: string
}

const REGISTRATION_SPAN_DAYS = 800

const pickProducts = (count: number): PlannedProduct[] => {
  const categories = DEMO_CATEGORIES.map((category) =>
    DEMO_CATALOG.filter((product) => product.category === category.handle)
  )
  const interleaved = categories[0].flatMap((_, index) =>
    categories.map((products) => products[index]).filter(Boolean)
  )
  const all = [
    ...interleaved,
    ...DEMO_CATALOG.filter((p) => !interleaved.includes(p)),
  ]
  return all.slice(0, count)
}

/** The whole demo store as data: same input, same plan. */
export const buildDemoPlan = ({
  seed,
  size,
  anchor,
}: DemoPlanInput): DemoPlan => {
  const config = DEMO_SIZES[size]
  const random = createRandom(seed)
  const now = anchorTime(anchor)
  const products = pickProducts(config.products)
  const drafts = planCustomers(random, config)

  const timed = drafts.flatMap((customer) =>
    planOrderTimes(random, customer.persona, config, now).map((time) => ({
      customer,
      time,
      items: planOrderItems(random, customer.persona, products),
    }))
  )
  timed.sort(
    (a, b) =>
      a.time - b.time || a.customer.email.localeCompare(b.customer.email)
  )

  const firstOrder = new Map<string, number>()
  for (const { customer, time } of timed) {
    if (!firstOrder.has(customer.email)) {
      firstOrder.set(customer.email, time)
    }
  }
  const customers = drafts.map((draft): PlannedCustomer => {
    const first = firstOrder.get(draft.email)
    const registered = first
      ? first - random.int(0, 30) * DAY - random.int(1, 600) * 60000
      : now -
        random.int(1, REGISTRATION_SPAN_DAYS) * DAY +
        random.int(0, 1439) * 60000
    return { ...draft, registered_at: toIso(registered) }
  })

  const orders = assignOutcomes(
    random,
    config,
    timed.map(({ customer, time, items }, index) => ({
      key: `demo-${String(index + 1).padStart(5, "0")}`,
      customer_email: customer.email,
      placed_at: toIso(time),
      items,
    })),
    now
  )

  return {
    seed,
    size,
    anchor,
    currency_code: "eur",
    countries: [...new Set(CITIES.map((city) => city.country_code))],
    shipping_amount: 5,
    categories: DEMO_CATEGORIES.map((category) => ({ ...category })),
    products,
    customers,
    orders,
  }
}
