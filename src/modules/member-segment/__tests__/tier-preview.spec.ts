import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import fc from "fast-check"

import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../service"
import type { TierMeasure } from "../types"
import { fact } from "./fixtures"

jest.setTimeout(300_000)

const DAY = 86_400_000
const NOW = new Date()
const ago = (days: number) => new Date(NOW.getTime() - days * DAY)

const MEASURES: TierMeasure[] = [
  { key: "spend:lifetime", basis: "spend", window: "lifetime", days: null },
  { key: "spend:rolling:365", basis: "spend", window: "rolling", days: 365 },
  { key: "orders:rolling:90", basis: "orders", window: "rolling", days: 90 },
  {
    key: "orders:calendar_year",
    basis: "orders",
    window: "calendar_year",
    days: null,
  },
]

const orderInput = fc.record({
  amount: fc.constantFrom(0, 20, 99.99, 100, 250),
  refunded: fc.constantFrom(0, 0, 30, 300),
  paid: fc.boolean(),
  canceled: fc.boolean(),
  currency: fc.constantFrom("eur", "eur", "usd"),
  age: fc.constantFrom(-1, 0.5, 30, 89.5, 200, 364.5, 400, 800),
})

const memberInput = fc.record({
  staged: fc.boolean(),
  tier_rank: fc.option(fc.integer({ min: 0, max: 3 })),
  total_spent: fc.constantFrom(0, 10, 500),
  orders: fc.array(orderInput, { maxLength: 4 }),
})

// Ranks 0..n with rising thresholds, each rung on any measure; rank 0 is the base (0).
const ladderInput = fc
  .array(
    fc.record({
      key: fc.constantFrom(...MEASURES.map((m) => m.key)),
      step: fc.constantFrom(0.5, 1, 2, 100, 150),
    }),
    { minLength: 0, maxLength: 3 }
  )
  .map((rungs) => {
    let threshold = 0
    return [
      { rank: 0, key: MEASURES[0].key, threshold: 0 },
      ...rungs.map((rung, i) => ({
        rank: i + 1,
        key: rung.key,
        threshold: (threshold += rung.step),
      })),
    ]
  })

type OrderInput = typeof orderInput extends fc.Arbitrary<infer T> ? T : never

/** The measure, computed from the orders alone (the definition in README "Tiers"). */
const measured = (measure: TierMeasure, orders: OrderInput[]) => {
  const counted = orders.filter((o) => {
    const placed = ago(o.age)
    if (o.canceled || !o.paid || placed > NOW) return false
    if (measure.window === "rolling") {
      return placed > ago(measure.days!)
    }
    if (measure.window === "calendar_year") {
      return placed.getUTCFullYear() === NOW.getUTCFullYear()
    }
    return true
  })
  return measure.basis === "orders"
    ? counted.length
    : counted
        .filter((o) => o.currency === "eur")
        .reduce((sum, o) => sum + Math.max(o.amount - o.refunded, 0), 0)
}

moduleIntegrationTestRunner<MemberSegmentModuleService>({
  moduleName: MEMBER_SEGMENT_MODULE,
  resolve: "./src/modules/member-segment",
  testSuite: ({ service }) => {
    let runs = 0

    const reset = async () => {
      const [metrics, facts] = await Promise.all([
        service.listCustomerMetrics({}, { select: ["id"], take: null }),
        service.listOrderFacts({}, { select: ["id"], take: null }),
      ])
      await service.deleteCustomerMetrics(metrics.map((m) => m.id))
      await service.deleteOrderFacts(facts.map((f) => f.id))
    }

    it("the what-if lands every member where their facts say, on random ladders", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(memberInput, { minLength: 1, maxLength: 5 }),
          ladderInput,
          async (members, ladder) => {
            await reset()
            const run = `r${runs++}`
            const ids = members.map((_, i) => `${run}_cus_${i}`)
            await service.createCustomerMetrics(
              members.map((m, i) => ({
                customer_id: ids[i],
                stage: m.staged ? ("repeat" as const) : null,
                tier_rank: m.tier_rank,
                total_spent: m.total_spent,
              }))
            )
            const facts = members.flatMap((m, i) =>
              m.orders.map((o, j) =>
                fact(`${ids[i]}_o${j}`, ids[i], {
                  currency_code: o.currency,
                  total: o.amount,
                  paid_total: o.paid ? o.amount : 0,
                  refunded_total: o.paid ? o.refunded : 0,
                  placed_at: ago(o.age),
                  paid_at: o.paid ? ago(o.age) : null,
                  canceled_at: o.canceled ? ago(o.age - 0.01) : null,
                })
              )
            )
            if (facts.length) await service.upsertOrderFacts(facts)

            const rows = await service.previewTiers({
              measures: MEASURES,
              ladder,
              currency_code: "eur",
              now: NOW,
            })

            const expected = new Map<
              number,
              {
                members: number
                revenue: number
                up: string[]
                down: string[]
                unchanged: number
              }
            >()
            members.forEach((m, i) => {
              if (!m.staged) return
              const orders = m.orders.map((o) => ({
                ...o,
                refunded: o.paid ? o.refunded : 0,
              }))
              const rank = Math.max(
                ...ladder
                  .filter(
                    (rung) =>
                      rung.rank === 0 ||
                      measured(
                        MEASURES.find((x) => x.key === rung.key)!,
                        orders
                      ) >= rung.threshold
                  )
                  .map((rung) => rung.rank)
              )
              const current = m.tier_rank ?? 0
              const entry = expected.get(rank) ?? {
                members: 0,
                revenue: 0,
                up: [],
                down: [],
                unchanged: 0,
              }
              entry.members++
              entry.revenue += m.total_spent
              if (rank > current) entry.up.push(ids[i])
              else if (rank < current) entry.down.push(ids[i])
              else entry.unchanged++
              expected.set(rank, entry)
            })

            expect(
              rows.map((row) => ({
                rank: row.rank,
                members: row.members,
                revenue: Number(row.revenue),
                up: [...row.up_sample].sort(),
                down: [...row.down_sample].sort(),
                unchanged: row.unchanged,
              }))
            ).toEqual(
              [...expected.entries()]
                .sort(([a], [b]) => a - b)
                .map(([rank, e]) => ({
                  rank,
                  members: e.members,
                  revenue: e.revenue,
                  up: e.up.sort(),
                  down: e.down.sort(),
                  unchanged: e.unchanged,
                }))
            )
          }
        ),
        { numRuns: 60 }
      )
    })
  },
})
