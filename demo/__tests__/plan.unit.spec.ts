import { buildDemoPlan } from "../plan"
import { anchorTime, DAY } from "../plan-dates"
import { DemoPlan, OrderOutcome, Persona } from "../types"

const ANCHOR = "2025-06-15"
const full = buildDemoPlan({ seed: 7, size: "full", anchor: ANCHOR })

const share = (part: number, whole: number) => part / whole

const customersBy = (plan: DemoPlan, persona: Persona) =>
  plan.customers.filter((customer) => customer.persona === persona)

const outcomeShare = (plan: DemoPlan, outcome: OrderOutcome) =>
  share(
    plan.orders.filter((order) => order.outcome === outcome).length,
    plan.orders.length
  )

const spendByCustomer = (plan: DemoPlan) => {
  const prices = new Map(plan.products.map((p) => [p.handle, p.price]))
  const spend = new Map<string, number>()
  for (const order of plan.orders) {
    const total = order.items.reduce(
      (sum, item) => sum + prices.get(item.product_handle)! * item.quantity,
      0
    )
    spend.set(
      order.customer_email,
      (spend.get(order.customer_email) ?? 0) + total
    )
  }
  return spend
}

describe("demo plan", () => {
  it("is deterministic: the same seed gives the same plan", () => {
    expect(buildDemoPlan({ seed: 7, size: "full", anchor: ANCHOR })).toEqual(
      full
    )
    const other = buildDemoPlan({ seed: 8, size: "full", anchor: ANCHOR })
    expect(other.customers).not.toEqual(full.customers)
    expect(other.orders).not.toEqual(full.orders)
  })

  it("has the full demo's size: ~30 products, 500 customers, ~2,000 orders", () => {
    expect(full.products).toHaveLength(30)
    expect(full.categories.length).toBeGreaterThanOrEqual(3)
    expect(full.customers).toHaveLength(500)
    expect(full.orders.length).toBeGreaterThan(1700)
    expect(full.orders.length).toBeLessThan(2300)
    expect(new Set(full.customers.map((c) => c.email)).size).toBe(500)
  })

  it("prices products between 15 and 300", () => {
    for (const product of full.products) {
      expect(product.price).toBeGreaterThanOrEqual(15)
      expect(product.price).toBeLessThanOrEqual(300)
    }
  })

  it("dates two years of orders oldest first, all before the anchor", () => {
    const times = full.orders.map((order) => Date.parse(order.placed_at))
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(times[0]).toBeGreaterThanOrEqual(anchorTime(ANCHOR) - 731 * DAY)
    expect(times[times.length - 1]).toBeLessThan(anchorTime(ANCHOR))
    expect(full.orders.map((o) => o.key)).toEqual(
      full.orders.map((_, i) => `demo-${String(i + 1).padStart(5, "0")}`)
    )
  })

  it("mixes buyer personas in sensible shares", () => {
    const buyers = new Set(full.orders.map((order) => order.customer_email))
    const ordersOf = new Map<string, number>()
    full.orders.forEach((o) =>
      ordersOf.set(o.customer_email, (ordersOf.get(o.customer_email) ?? 0) + 1)
    )
    const neverBought = full.customers.filter((c) => !buyers.has(c.email))
    const oneTime = [...ordersOf.values()].filter((count) => count === 1)
    const repeat = [...ordersOf.values()].filter((count) => count >= 3)
    expect(share(neverBought.length, 500)).toBeGreaterThan(0.1)
    expect(share(neverBought.length, 500)).toBeLessThan(0.3)
    expect(share(oneTime.length, 500)).toBeGreaterThan(0.15)
    expect(share(oneTime.length, 500)).toBeLessThan(0.35)
    expect(share(repeat.length, 500)).toBeGreaterThan(0.3)
  })

  it("makes VIPs 10-20% of customers and most of the spend", () => {
    const spend = spendByCustomer(full)
    const vips = customersBy(full, "vip")
    expect(share(vips.length, 500)).toBeGreaterThanOrEqual(0.1)
    expect(share(vips.length, 500)).toBeLessThanOrEqual(0.2)
    const ranked = [...spend.entries()].sort((a, b) => b[1] - a[1])
    const top = new Set(ranked.slice(0, vips.length).map(([email]) => email))
    const vipsOnTop = vips.filter((vip) => top.has(vip.email)).length
    expect(share(vipsOnTop, vips.length)).toBeGreaterThan(0.8)
    const total = ranked.reduce((sum, [, value]) => sum + value, 0)
    const vipSpend = vips.reduce(
      (sum, vip) => sum + (spend.get(vip.email) ?? 0),
      0
    )
    expect(share(vipSpend, total)).toBeGreaterThan(0.4)
  })

  it("has dormant customers whose last order is over 180 days old", () => {
    const last = new Map<string, number>()
    full.orders.forEach((o) =>
      last.set(o.customer_email, Date.parse(o.placed_at))
    )
    const cutoff = anchorTime(ANCHOR) - 180 * DAY
    const dormant = [...last.values()].filter((time) => time < cutoff)
    expect(share(dormant.length, last.size)).toBeGreaterThan(0.1)
    expect(share(dormant.length, last.size)).toBeLessThan(0.5)
    for (const customer of customersBy(full, "dormant")) {
      expect(last.get(customer.email)!).toBeLessThan(cutoff)
    }
  })

  it("plans a few unpaid, some canceled and refunded, shipped and delivered orders", () => {
    const unpaid = full.orders.filter((order) => order.outcome === "unpaid")
    expect(unpaid.length).toBeGreaterThanOrEqual(3)
    expect(unpaid.length).toBeLessThanOrEqual(20)
    unpaid.forEach((order) => expect(order.path).toBe("cart"))
    for (const outcome of ["canceled", "refunded"] as const) {
      expect(outcomeShare(full, outcome)).toBeGreaterThan(0.01)
      expect(outcomeShare(full, outcome)).toBeLessThan(0.06)
    }
    expect(outcomeShare(full, "shipped")).toBeGreaterThan(0)
    const delivered = full.orders.filter((o) => o.delivered_at)
    expect(delivered.length).toBeGreaterThan(20)
    for (const order of delivered) {
      expect(order.fulfilled_at! <= order.shipped_at!).toBe(true)
      expect(order.shipped_at! <= order.delivered_at!).toBe(true)
      expect(order.placed_at <= order.fulfilled_at!).toBe(true)
    }
    expect(
      full.orders.filter((o) => o.path === "cart").length
    ).toBeGreaterThanOrEqual(10)
  })

  it("spreads birthdays over all 12 months and tags some students", () => {
    const months = new Set(full.customers.map((c) => c.birthday.slice(5, 7)))
    expect(months.size).toBe(12)
    full.customers.forEach((c) =>
      expect(c.birthday).toMatch(
        /^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
      )
    )
    const students = full.customers.filter((c) => c.tags.includes("students"))
    expect(share(students.length, 500)).toBeGreaterThan(0.03)
    expect(share(students.length, 500)).toBeLessThan(0.2)
  })

  it("keeps every outcome and a cart order in the small demo", () => {
    const small = buildDemoPlan({ seed: 7, size: "small", anchor: ANCHOR })
    expect(small.orders.length).toBeLessThanOrEqual(30)
    const outcomes = new Set(small.orders.map((order) => order.outcome))
    for (const outcome of [
      "unpaid",
      "captured",
      "shipped",
      "delivered",
      "canceled",
      "refunded",
    ]) {
      expect(outcomes).toContain(outcome)
    }
    expect(small.orders.some((order) => order.path === "cart")).toBe(true)
    expect(small.orders.some((order) => order.path === "bulk")).toBe(true)
  })
})
