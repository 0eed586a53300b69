import path from "path"
import fc from "fast-check"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MEMBER_POINTS_MODULE } from "../../../module-keys"
import type MemberPointsModuleService from "../service"
import { LedgerModel } from "./ledger-model"

jest.setTimeout(600_000)

const DAY = 86_400_000
const BASE = Date.parse("2030-01-01T00:00:00Z")

type Op =
  | { kind: "earn"; points: number; pending: boolean; days: number | null }
  | { kind: "activate"; order: number }
  | { kind: "redeem"; points: number }
  | { kind: "expire"; days: number }
  | { kind: "cancel"; order: number }
  | { kind: "refund"; order: number; points: number }
  | { kind: "adjust"; points: number }
  | { kind: "restore"; redeem: number }
  | { kind: "replay" }

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant("earn" as const),
    points: fc.integer({ min: 1, max: 500 }),
    pending: fc.boolean(),
    days: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
  }),
  fc.record({
    kind: fc.constant("activate" as const),
    order: fc.nat(5),
  }),
  fc.record({
    kind: fc.constant("redeem" as const),
    points: fc.integer({ min: 1, max: 600 }),
  }),
  fc.record({
    kind: fc.constant("expire" as const),
    days: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({ kind: fc.constant("cancel" as const), order: fc.nat(5) }),
  fc.record({
    kind: fc.constant("refund" as const),
    order: fc.nat(5),
    points: fc.integer({ min: 1, max: 300 }),
  }),
  fc.record({
    kind: fc.constant("adjust" as const),
    points: fc.integer({ min: -300, max: 300 }).filter((n) => n !== 0),
  }),
  fc.record({ kind: fc.constant("restore" as const), redeem: fc.nat(5) }),
  fc.constant({ kind: "replay" as const })
)

moduleIntegrationTestRunner<MemberPointsModuleService>({
  moduleName: MEMBER_POINTS_MODULE,
  resolve: "./src/modules/member-points",
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    it("keeps balances equal to the lots' remaining, never negative, agreeing with a TypeScript model, replays changing nothing", async () => {
      let run = 0
      await fc.assert(
        fc.asyncProperty(
          fc.array(op, { minLength: 1, maxLength: 10 }),
          async (ops) => {
            const customer = `cus_prop_${run++}`
            const model = new LedgerModel()
            let now = BASE
            let orders = 0
            let refunds = 0
            let adjusts = 0
            const redeems: { id: string; draws: unknown }[] = []
            let last: (() => Promise<boolean>) | null = null
            const at = () => new Date(now)

            for (const step of ops) {
              if (step.kind === "earn") {
                const order = `order_${orders++}`
                const input = {
                  customer_id: customer,
                  type: "earn" as const,
                  points: step.points,
                  reference: "order",
                  reference_id: order,
                  order_id: order,
                  available_at: step.pending ? null : at(),
                  expires_at:
                    step.days === null
                      ? null
                      : new Date(now + step.days * DAY + orders),
                }
                const { entry } = await service.creditPoints(input)
                model.credit({
                  key: entry!.id,
                  order,
                  points: step.points,
                  available: !step.pending,
                  expires_at: input.expires_at?.getTime() ?? null,
                })
                last = async () => !(await service.creditPoints(input)).created
              } else if (step.kind === "activate") {
                if (step.order >= orders) continue
                const order = `order_${step.order}`
                // order lots in the test never expire once activated
                const lots = await service.listOrderLots(order)
                const mine = lots.filter((l) => l.customer_id === customer)
                if (!mine.length || mine[0].available_at) continue
                await service.activateOrderLots(order, at(), null)
                model.activate(order)
                // a pending lot activated here keeps no expiry
                for (const l of model.lots)
                  if (l.order === order) l.expires_at = null
                last = null
              } else if (step.kind === "redeem" || step.kind === "adjust") {
                const credit = step.kind === "adjust" && step.points > 0
                const key = `${step.kind}_${adjusts++}`
                if (credit) {
                  const input = {
                    customer_id: customer,
                    type: "adjust_credit" as const,
                    points: step.points,
                    reference: "admin",
                    reference_id: key,
                    available_at: at(),
                  }
                  const { entry } = await service.creditPoints(input)
                  model.credit({
                    key: entry!.id,
                    order: null,
                    points: step.points,
                    available: true,
                    expires_at: null,
                  })
                  last = async () =>
                    !(await service.creditPoints(input)).created
                  continue
                }
                const input = {
                  customer_id: customer,
                  type:
                    step.kind === "redeem"
                      ? ("redeem" as const)
                      : ("adjust_debit" as const),
                  points: Math.abs(step.points),
                  reference: step.kind === "redeem" ? "cart" : "admin",
                  reference_id: key,
                  now: at(),
                }
                const expected = model.debit(input.points, now, false, null)
                const outcome = await service.debitPoints(input).then(
                  (r) => r,
                  () => null
                )
                expect(outcome === null).toBe(expected === null)
                if (outcome?.entry && step.kind === "redeem") {
                  redeems.push({
                    id: outcome.entry.id,
                    draws: outcome.entry.draws,
                  })
                  expect(outcome.entry.draws).toEqual(expected)
                }
                last = outcome
                  ? async () => !(await service.debitPoints(input)).created
                  : null
              } else if (step.kind === "expire") {
                now += step.days * DAY
                let after: string | null = ""
                while (after !== null) {
                  after = (await service.expireLots(at(), 3, after)).next
                }
                model.expire(now)
                last = null
              } else if (step.kind === "cancel" || step.kind === "refund") {
                if (step.order >= orders) continue
                const order = `order_${step.order}`
                const own = model.lots.filter((l) => l.order === order)
                const input = {
                  customer_id: customer,
                  type:
                    step.kind === "cancel"
                      ? ("void" as const)
                      : ("reverse" as const),
                  points:
                    step.kind === "cancel"
                      ? own.reduce((s, l) => s + l.points, 0)
                      : step.points,
                  reference: step.kind === "cancel" ? "order" : "refund",
                  reference_id:
                    step.kind === "cancel" ? order : `refund_${refunds++}`,
                  order_id: order,
                  clamp: true,
                  prefer_lot_ids: own.map((l) => l.key),
                  now: at(),
                }
                const { entry, created } = await service.debitPoints(input)
                if (created) {
                  const draws = model.debit(input.points, now, true, order)
                  expect(entry!.draws).toEqual(draws)
                  expect(entry!.shortfall - entry!.points).toBe(input.points)
                }
                last = async () => !(await service.debitPoints(input)).created
              } else if (step.kind === "restore") {
                const redeem = redeems[step.redeem]
                if (!redeem) continue
                const { created } = await service.restoreDebit(redeem.id)
                if (created) {
                  model.restore(
                    redeem.draws as { lot_id: string; points: number }[]
                  )
                }
                last = async () =>
                  !(await service.restoreDebit(redeem.id)).created
              } else if (step.kind === "replay" && last) {
                const before = await service.getBalances([customer], {
                  now: at(),
                })
                expect(await last()).toBe(true)
                expect(
                  await service.getBalances([customer], { now: at() })
                ).toEqual(before)
              }

              const balance = (
                await service.getBalances([customer], { now: at() })
              ).get(customer)!
              const expected = model.balances(now)
              expect({
                available: balance.available,
                pending: balance.pending,
              }).toEqual(expected)
              expect(balance.available).toBeGreaterThanOrEqual(0)
            }

            const entries = await service.listPointsEntries(
              { customer_id: customer },
              { take: null }
            )
            const sumPoints = entries.reduce((s, e) => s + e.points, 0)
            const sumRemaining = entries.reduce(
              (s, e) => s + (e.remaining ?? 0),
              0
            )
            const expiredAway = entries
              .filter((e) => e.type === "expire")
              .reduce((s, e) => s + e.points, 0)
            // every point is in a lot, or was taken out by an entry
            expect(sumPoints).toBe(sumRemaining)
            expect(expiredAway).toBeLessThanOrEqual(0)
            expect(entries.every((e) => (e.remaining ?? 0) >= 0)).toBe(true)
          }
        ),
        { numRuns: Number(process.env.POINTS_PROPERTY_RUNS ?? 1000) }
      )
    })
  },
})
