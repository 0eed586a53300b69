import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import fc from "fast-check"

import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../service"
import type { OrderFactInput } from "../types"
import { daysAgo, fact } from "./fixtures"
import { modelMetrics, NO_ORDERS, storedMetrics } from "./metrics-model"

jest.setTimeout(120_000)

const CUSTOMERS = 4

/** One order's life: each step is a full fact revision, as events would write it. */
const orderHistory = fc
  .record({
    customer: fc.nat(CUSTOMERS - 1),
    movedTo: fc.option(fc.nat(CUSTOMERS - 1), { freq: 5 }),
    currency: fc.constantFrom("eur", "eur", "usd"),
    cents: fc.integer({ min: 0, max: 500_00 }),
    // whole days + 12 h keeps every order clear of the 90/365-day window edges
    age: fc.integer({ min: 0, max: 729 }).map((days) => days + 0.5),
    paid: fc.boolean(),
    refundShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    canceled: fc.boolean(),
    returned: fc.nat(3),
    country: fc.option(fc.constantFrom("de", "fr", "us")),
  })
  .map((order) => (index: number, run: string) => {
    const id = `${run}_order_${index}`
    const customer = (n: number) => `${run}_cus_${n}`
    const amount = order.cents / 100
    const placed = fact(id, customer(order.customer), {
      currency_code: order.currency,
      country_code: order.country,
      item_subtotal: amount,
      total: amount,
      placed_at: daysAgo(order.age),
    })
    const revisions: OrderFactInput[] = [placed]
    const last = () => revisions[revisions.length - 1]
    if (order.paid) {
      revisions.push({
        ...last(),
        paid_total: amount,
        paid_at: daysAgo(order.age - 0.1),
      })
    }
    if (order.paid && order.refundShare !== null) {
      const refund = Math.round(order.cents * order.refundShare) / 100
      revisions.push({ ...last(), refunded_total: refund })
    }
    if (order.returned) {
      revisions.push({ ...last(), returned_item_count: order.returned })
    }
    if (order.canceled) {
      revisions.push({ ...last(), canceled_at: daysAgo(order.age - 0.2) })
    }
    if (order.movedTo !== null) {
      revisions.push({ ...last(), customer_id: customer(order.movedTo) })
    }
    return revisions
  })

/** Orders plus a random interleaving of their revisions (order kept per order). */
const scenario = fc
  .array(orderHistory, { minLength: 1, maxLength: 10 })
  .chain((orders) =>
    fc.record({
      orders: fc.constant(orders),
      schedule: fc.array(fc.nat(orders.length - 1), {
        minLength: 0,
        maxLength: 30,
      }),
    })
  )

// RFM scores are pool-relative (a rebuild rescores everyone): rfm.spec.ts tests them
const VOLATILE = [
  "id",
  "computed_at",
  "created_at",
  "updated_at",
  "rfm_recency",
  "rfm_frequency",
  "rfm_monetary",
  "rfm_group",
  "spend_percentile",
]

moduleIntegrationTestRunner<MemberSegmentModuleService>({
  moduleName: MEMBER_SEGMENT_MODULE,
  resolve: "./src/modules/member-segment",
  testSuite: ({ service }) => {
    const snapshot = async (run: string) => {
      const ids = Array.from({ length: CUSTOMERS }, (_, n) => `${run}_cus_${n}`)
      const rows = await service.listCustomerMetrics(
        { customer_id: ids },
        { order: { customer_id: "ASC" } }
      )
      return rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).filter(([key]) => !VOLATILE.includes(key))
        )
      )
    }

    it("incremental refreshes equal a full rebuild and an independent model", async () => {
      let runs = 0
      await fc.assert(
        fc.asyncProperty(scenario, async ({ orders, schedule }) => {
          const run = `r${runs++}`
          const histories = orders.map((history, index) => history(index, run))
          const cursor = histories.map(() => 0)
          // every order starts with its "placed" revision, then the schedule
          // advances orders one event at a time, then the rest is flushed
          const events = [
            ...histories.map((_, index) => index),
            ...schedule,
            ...histories.flatMap((history, index) =>
              Array.from({ length: history.length }, () => index)
            ),
          ]
          for (const index of events) {
            const revision = histories[index][cursor[index]]
            if (!revision) continue
            cursor[index] += 1
            const { customer_ids } = await service.upsertOrderFacts([revision])
            await service.refreshCustomerMetrics(customer_ids, "eur")
          }

          const incremental = await snapshot(run)
          await service.rebuildAllMetrics("eur")
          const rebuilt = await snapshot(run)

          expect(rebuilt).toEqual(incremental)
          // ...and both equal a plain TypeScript model of every metric
          const finals = histories.map((history) => history[history.length - 1])
          const model = modelMetrics(finals, "eur")
          for (const row of rebuilt) {
            const customer = row.customer_id as string
            expect({ customer, ...storedMetrics(row) }).toEqual({
              customer,
              ...(model.get(customer) ?? NO_ORDERS),
            })
          }
          expect(rebuilt.map((row) => row.customer_id).sort()).toEqual(
            expect.arrayContaining([...model.keys()].sort())
          )
        }),
        { numRuns: 25 }
      )
    })
  },
})
