import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DEMO_MARKER_KEY } from "../../demo/apply/names"
import { buildDemoPlan, DEFAULT_DEMO_SEED } from "../../demo/plan"
import { seedDemoStore, SeedDemoOptions } from "../../demo/seed-demo-store"
import { MEMBER_SEGMENT_MODULE } from "../../src/module-keys"
import type MemberSegmentModuleService from "../../src/modules/member-segment/service"

jest.setTimeout(240 * 1000)

const OPTIONS: SeedDemoOptions = {
  size: "small",
  anchor: "2025-06-15",
  progress: false,
}
const plan = buildDemoPlan({
  seed: DEFAULT_DEMO_SEED,
  size: "small",
  anchor: "2025-06-15",
})
const planned = (outcomes: string[]) =>
  plan.orders.filter((order) => outcomes.includes(order.outcome)).length

type SeededOrder = {
  id: string
  status: string
  email: string
  total: number
  created_at: string | Date
  metadata: { demo_key?: string } | null
  cart?: { id: string } | null
  payment_collections?: {
    status: string
    payments?: { captured_at?: unknown; refunds?: unknown[] }[]
  }[]
  fulfillments?: { shipped_at?: unknown; delivered_at?: unknown }[]
}

const loadSeeded = async (container: MedusaContainer) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "email",
      "total",
      "created_at",
      "metadata",
      "cart.id",
      "payment_collections.status",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.refunds.id",
      "fulfillments.shipped_at",
      "fulfillments.delivered_at",
    ],
  })
  const customers = await container.resolve(Modules.CUSTOMER).listCustomers()
  const products = await container.resolve(Modules.PRODUCT).listProducts()
  return { orders: orders as unknown as SeededOrder[], customers, products }
}

const countOf = (
  orders: SeededOrder[],
  test: (order: SeededOrder) => boolean
) => orders.filter(test).length

const payment = (order: SeededOrder) =>
  order.payment_collections?.[0]?.payments?.[0]

/** What must come out the same from the same seed: who, what, when, how much. */
const fingerprint = async (container: MedusaContainer) => {
  const { orders, customers } = await loadSeeded(container)
  return {
    customers: customers
      .map((c) => `${c.email}|${JSON.stringify(c.metadata)}`)
      .sort(),
    orders: orders
      .map(
        (o) =>
          `${o.metadata?.demo_key}|${o.email}|${Number(o.total)}|${new Date(o.created_at).toISOString()}|${o.status}`
      )
      .sort(),
  }
}

let firstFingerprint: Awaited<ReturnType<typeof fingerprint>>

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    describe("demo seed (small)", () => {
      it("seeds real orders through the core flows, idempotently and resumably", async () => {
        const container = getContainer()
        const first = await seedDemoStore(container, OPTIONS)
        expect(first.skipped).toBe(false)
        expect(first.orders.created).toBe(plan.orders.length)

        const { orders, customers, products } = await loadSeeded(container)
        expect(customers).toHaveLength(plan.customers.length)
        expect(products).toHaveLength(plan.products.length)
        expect(orders).toHaveLength(plan.orders.length)
        expect(
          customers.find((c) => c.email === plan.customers[0].email)?.metadata
        ).toEqual({
          birthday: plan.customers[0].birthday,
          tags: plan.customers[0].tags,
        })

        expect(countOf(orders, (o) => Boolean(payment(o)?.captured_at))).toBe(
          plan.orders.length - planned(["unpaid"])
        )
        expect(countOf(orders, (o) => o.status === "canceled")).toBe(
          planned(["canceled"])
        )
        expect(
          countOf(orders, (o) => Boolean(payment(o)?.refunds?.length))
        ).toBe(planned(["refunded", "canceled"]))
        expect(
          countOf(orders, (o) => Boolean(o.fulfillments?.[0]?.shipped_at))
        ).toBe(planned(["shipped", "delivered"]))
        expect(
          countOf(orders, (o) => Boolean(o.fulfillments?.[0]?.delivered_at))
        ).toBe(planned(["delivered"]))
        expect(
          countOf(
            orders,
            (o) => o.payment_collections?.[0]?.status === "authorized"
          )
        ).toBe(planned(["unpaid"]))
        expect(countOf(orders, (o) => Boolean(o.cart?.id))).toBe(
          plan.orders.filter((order) => order.path === "cart").length
        )
        const oldest = orders.find(
          (o) => o.metadata?.demo_key === plan.orders[0].key
        )
        expect(new Date(oldest!.created_at).toISOString()).toBe(
          plan.orders[0].placed_at
        )

        const response = await api.get("/store/products", {
          headers: { "x-publishable-api-key": first.publishableKey },
        })
        expect(response.status).toBe(200)
        expect(response.data.count).toBe(plan.products.length)

        // the points program is on and the seeded history earned points
        const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const {
          rows: [ledger],
        } = await pg.raw(
          `SELECT count(*) FILTER (WHERE type = 'earn')::int AS lots,
             count(DISTINCT customer_id)::int AS members,
             count(*) FILTER (WHERE type = 'expire')::int AS expired,
             min(remaining)::int AS min_remaining
           FROM mbr_points_entry`
        )
        expect(ledger.lots).toBeGreaterThan(0)
        expect(ledger.members).toBeGreaterThan(1)
        expect(ledger.min_remaining ?? 0).toBeGreaterThanOrEqual(0)
        // saved demo segments with their real sizes
        const segmentsModule: MemberSegmentModuleService = container.resolve(
          MEMBER_SEGMENT_MODULE
        )
        const saved = await segmentsModule.listSegments({})
        expect(saved.map((s) => s.name).sort()).toEqual(
          Object.keys(first.segments ?? {}).sort()
        )
        expect(saved).toHaveLength(5)
        const students = await segmentsModule.listCustomerMetrics({
          tags: { $contains: ["students"] },
        })
        expect(first.segments?.Students).toBe(students.length)

        firstFingerprint = await fingerprint(container)
        const again = await seedDemoStore(container, OPTIONS)
        expect(again.skipped).toBe(true)
        expect(again.publishableKey).toBe(first.publishableKey)
        expect(await fingerprint(container)).toEqual(firstFingerprint)

        // An interrupted run left no completion mark: the next run resumes and adds nothing.
        const [store] = await container.resolve(Modules.STORE).listStores()
        const marker = store.metadata?.[DEMO_MARKER_KEY] as Record<
          string,
          unknown
        >
        await container.resolve(Modules.STORE).updateStores(store.id, {
          metadata: { [DEMO_MARKER_KEY]: { ...marker, completed_at: null } },
        })
        const resumed = await seedDemoStore(container, OPTIONS)
        expect(resumed.skipped).toBe(false)
        expect(resumed.orders.created).toBe(0)
        expect(await fingerprint(container)).toEqual(firstFingerprint)
        const after = await loadSeeded(container)
        expect(after.customers).toHaveLength(customers.length)
        expect(after.products).toHaveLength(products.length)
      })

      it("seeds the same store again from the same seed", async () => {
        await seedDemoStore(getContainer(), OPTIONS)
        expect(await fingerprint(getContainer())).toEqual(firstFingerprint)
      })
    })
  },
})
