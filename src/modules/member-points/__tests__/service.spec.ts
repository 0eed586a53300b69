import path from "path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MEMBER_POINTS_MODULE } from "../../../module-keys"
import type MemberPointsModuleService from "../service"

jest.setTimeout(60_000)

const NOW = new Date("2030-03-01T00:00:00Z")
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000)

moduleIntegrationTestRunner<MemberPointsModuleService>({
  moduleName: MEMBER_POINTS_MODULE,
  resolve: "./src/modules/member-points",
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    const earn = (
      customer: string,
      ref: string,
      points: number,
      expires: Date | null = null
    ) =>
      service.creditPoints({
        customer_id: customer,
        type: "earn",
        points,
        reference: "order",
        reference_id: ref,
        order_id: ref,
        available_at: days(-1),
        expires_at: expires,
      })

    it("credits each key once, also when the same credit arrives three times at once", async () => {
      const results = await Promise.all([
        earn("cus_a", "order_1", 100),
        earn("cus_a", "order_1", 100),
        earn("cus_a", "order_1", 100),
      ])
      expect(results.filter((r) => r.created)).toHaveLength(1)
      expect(new Set(results.map((r) => r.entry!.id)).size).toBe(1)
      const balance = (await service.getBalances(["cus_a"], { now: NOW })).get(
        "cus_a"
      )
      expect(balance).toMatchObject({ available: 100, pending: 0 })
    })

    it("lets exactly the affordable ones of 20 concurrent redemptions through", async () => {
      await earn("cus_r", "order_r", 1000)
      const outcomes = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          service.debitPoints({
            customer_id: "cus_r",
            type: "redeem",
            points: 150,
            reference: "cart",
            reference_id: `cart_${i}`,
            now: NOW,
          })
        )
      )
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(6)
      const rejected = outcomes.filter((o) => o.status === "rejected")
      expect(rejected).toHaveLength(14)
      expect((rejected[0] as PromiseRejectedResult).reason.type).toBe(
        "not_allowed"
      )
      expect(
        (await service.getBalances(["cus_r"], { now: NOW })).get("cus_r")
          ?.available
      ).toBe(100)
    })

    it("draws the soonest-expiring lots first and gives a debit back to the same lots once", async () => {
      const late = await earn("cus_f", "o_late", 100, days(60))
      const soon = await earn("cus_f", "o_soon", 100, days(10))
      const never = await earn("cus_f", "o_never", 100, null)
      const { entry } = await service.debitPoints({
        customer_id: "cus_f",
        type: "redeem",
        points: 150,
        reference: "cart",
        reference_id: "cart_f",
        now: NOW,
      })
      expect(entry!.draws).toEqual([
        { lot_id: soon.entry!.id, points: 100 },
        { lot_id: late.entry!.id, points: 50 },
      ])
      await service.restoreDebit(entry!.id)
      await service.restoreDebit(entry!.id)
      const lots = await service.listPointsEntries({
        id: [late.entry!.id, soon.entry!.id, never.entry!.id],
      })
      expect(lots.map((l) => l.remaining)).toEqual([100, 100, 100])
    })

    it("reverses an order's own lot first and clamps at zero with the shortfall recorded", async () => {
      const lot = await earn("cus_v", "o_v", 100)
      await service.debitPoints({
        customer_id: "cus_v",
        type: "redeem",
        points: 80,
        reference: "cart",
        reference_id: "cart_v",
        now: NOW,
      })
      const { entry } = await service.debitPoints({
        customer_id: "cus_v",
        type: "reverse",
        points: 50,
        reference: "refund",
        reference_id: "ref_v",
        order_id: "o_v",
        clamp: true,
        prefer_lot_ids: [lot.entry!.id],
        now: NOW,
      })
      expect(entry).toMatchObject({ points: -20, shortfall: 30 })
      expect(
        (await service.getBalances(["cus_v"], { now: NOW })).get("cus_v")
          ?.available
      ).toBe(0)
    })

    it("keeps pending lots out of the available balance until their order is released", async () => {
      await service.creditPoints({
        customer_id: "cus_p",
        type: "earn",
        points: 70,
        reference: "order",
        reference_id: "o_p",
        order_id: "o_p",
        available_at: null,
      })
      expect(
        (await service.getBalances(["cus_p"], { now: NOW })).get("cus_p")
      ).toMatchObject({ available: 0, pending: 70 })
      await service.activateOrderLots("o_p", days(-1), 12)
      await service.activateOrderLots("o_p", days(5), null)
      const [lot] = await service.listOrderLots("o_p")
      expect(new Date(lot.available_at!).toISOString()).toBe(
        days(-1).toISOString()
      )
      expect(
        (await service.getBalances(["cus_p"], { now: NOW })).get("cus_p")
      ).toMatchObject({ available: 70, pending: 0 })
    })

    it("expires lots page by page, once, and lists what expires soon", async () => {
      for (const c of ["cus_e1", "cus_e2", "cus_e3"]) {
        await earn(c, `o_${c}`, 40, days(5))
        await earn(c, `o2_${c}`, 10, days(50))
      }
      expect(
        await service.listExpiringSoon({ now: NOW, within_days: 7 })
      ).toEqual(
        ["cus_e1", "cus_e2", "cus_e3"].map((customer_id) => ({
          customer_id,
          points: 40,
          expires_at: days(5).toISOString(),
        }))
      )
      const later = days(6)
      const first = await service.expireLots(later, 2)
      expect(first.customer_ids).toHaveLength(2)
      const second = await service.expireLots(later, 2, first.next!)
      expect(second.customer_ids).toHaveLength(1)
      expect(await service.expireLots(later, 2, second.next!)).toEqual({
        customer_ids: [],
        next: null,
      })
      // a rerun from the start finds nothing left
      expect((await service.expireLots(later, 10)).customer_ids).toEqual([])
      const balances = await service.getBalances(["cus_e1"], { now: later })
      expect(balances.get("cus_e1")?.available).toBe(10)
      const expired = await service.listPointsEntries({ type: "expire" })
      expect(expired).toHaveLength(3)
    })

    it("sums earned points net of reversals, lifetime and since a date", async () => {
      const lot = await earn("cus_s", "o_s", 300)
      await service.creditPoints({
        customer_id: "cus_s",
        type: "bonus",
        points: 50,
        reference: "signup",
        reference_id: "cus_s",
        available_at: NOW,
      })
      await service.debitPoints({
        customer_id: "cus_s",
        type: "reverse",
        points: 100,
        reference: "refund",
        reference_id: "ref_s",
        order_id: "o_s",
        clamp: true,
        prefer_lot_ids: [lot.entry!.id],
      })
      await service.debitPoints({
        customer_id: "cus_s",
        type: "redeem",
        points: 100,
        reference: "cart",
        reference_id: "c_s",
        now: NOW,
      })
      expect(
        await service.sumEarnedPoints({ customer_ids: ["cus_s", "cus_none"] })
      ).toEqual({ cus_s: 250, cus_none: 0 })
      expect(
        await service.sumEarnedPoints({
          customer_ids: ["cus_s"],
          since: new Date(Date.now() + 60_000),
        })
      ).toEqual({ cus_s: 0 })
    })

    it("rejects zero, negative and fractional points", async () => {
      for (const points of [0, -5, 1.5, Number.MAX_VALUE]) {
        await expect(earn("cus_bad", `o_${points}`, points)).rejects.toThrow(
          /positive integer/
        )
      }
      expect(
        await service.listPointsEntries({ customer_id: "cus_bad" })
      ).toEqual([])
    })
  },
})
