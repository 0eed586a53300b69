import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import {
  createCustomersWorkflow,
  updateRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import { MembershipEvents } from "../../../src/events"
import expireMemberPoints from "../../../src/jobs/expire-member-points"
import grantBirthdayPoints from "../../../src/jobs/grant-birthday-points"
import { adminHeaders, customerHeaders } from "../../helpers/auth"
import {
  cancel,
  capture,
  checkout,
  createCheckoutStore,
  refund,
  shipAndDeliver,
  type CheckoutStore,
} from "../../helpers/checkout"
import { settle } from "../../helpers/http"
import { createMember, membershipOf, metricsOf } from "../../helpers/members"
import {
  balanceOf,
  completeCart,
  openCart,
  orderTotals,
  pointsOf,
} from "../../helpers/points"
import { waitFor } from "../../helpers/wait"

process.env.MEMBERSHIP_CURRENCY = "eur"
jest.setTimeout(180 * 1000)

// registered by the host config for tests: every authorization is declined
const DECLINING_PROVIDER = "pp_declining_test"

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let store: CheckoutStore
    let admin: Headers

    const setProgram = (body: object) =>
      api.post("/admin/points-program", body, admin)

    beforeEach(async () => {
      container = getContainer()
      store = await createCheckoutStore(container)
      admin = await adminHeaders(container)
    })

    it("earns a pending lot per order (once under replays), releases it after delivery, reverses refunds and voids cancels", async () => {
      await setProgram({ earn_rate: 1, pending_days: 14, point_value: 0.01 })
      const member = await createMember(container, {
        email: "earn@points.test",
        first_name: "Earn",
      })
      const [p1, p2] = store.products
      const orderA = await checkout(container, store, member, [
        { variant_id: p1.variant_id, quantity: 2 },
      ])
      const base = p1.price * 2
      const points = pointsOf(container)
      const [lot] = await waitFor(
        () => points.listOrderLots(orderA),
        (lots) => lots.length === 1
      )
      expect(lot).toMatchObject({ type: "earn", points: Math.floor(base) })
      expect(lot.available_at).toBeNull()

      // order.placed delivered twice more: still one lot
      const bus = container.resolve(Modules.EVENT_BUS)
      // every subscriber of both replays has finished before the ledger is read
      const replayed = TestEventUtils.waitSubscribersExecution(
        OrderWorkflowEvents.PLACED,
        bus,
        { triggerCount: 2 }
      )
      await bus.emit([
        { name: OrderWorkflowEvents.PLACED, data: { id: orderA } },
        { name: OrderWorkflowEvents.PLACED, data: { id: orderA } },
      ])
      await replayed
      expect(await points.listOrderLots(orderA)).toHaveLength(1)
      expect(await balanceOf(container, member.id)).toMatchObject({
        available: 0,
        pending: Math.floor(base),
      })
      await waitFor(
        () => metricsOf(container, member.id),
        (m) => m.points_pending === Math.floor(base)
      )

      // delivered: available 14 days later
      await capture(container, orderA)
      await shipAndDeliver(container, orderA)
      const [released] = await waitFor(
        () => points.listOrderLots(orderA),
        (lots) => !!lots[0]?.available_at
      )
      const wait = new Date(released.available_at!).getTime() - Date.now()
      expect(wait).toBeGreaterThan(13 * 86_400_000)

      // a refund of 10 takes back 10 points at the lot's rate
      await refund(container, orderA, 10)
      const reversed = await waitFor(
        () => points.listPointsEntries({ order_id: orderA, type: "reverse" }),
        (rows) => rows.length === 1
      )
      expect(reversed[0].points).toBe(-10)

      // immediately available with pending_days 0; a cancel voids it
      await setProgram({ pending_days: 0 })
      const orderB = await checkout(container, store, member, [
        { variant_id: p2.variant_id, quantity: 1 },
      ])
      await waitFor(
        () => points.listOrderLots(orderB),
        (lots) => lots.length === 1 && !!lots[0].available_at
      )
      expect((await balanceOf(container, member.id)).available).toBe(
        Math.floor(p2.price)
      )
      await cancel(container, orderB)
      await waitFor(
        () => points.listPointsEntries({ order_id: orderB, type: "void" }),
        (rows) => rows.length === 1
      )
      expect((await balanceOf(container, member.id)).available).toBe(0)

      const { data } = await api.get(`/admin/orders/${orderA}/points`, admin)
      expect(data.order_points).toMatchObject({
        earned: Math.floor(base),
        reversed: 10,
      })
    })

    it("pays with points at checkout: the order total drops by the credit line, the points are debited once, a cancel gives them back", async () => {
      await setProgram({
        point_value: 0.01,
        min_redeem_points: 100,
        max_redeem_share: 0.5,
        earn_rate: 0,
      })
      const member = await createMember(container, {
        email: "redeem@points.test",
        first_name: "Redeem",
      })
      const other = await createMember(container, {
        email: "other@points.test",
        first_name: "Other",
      })
      const adjust = await api.post(
        `/admin/members/${member.id}/points/adjust`,
        { points: 5000, reason: "welcome back" },
        admin
      )
      expect(adjust.data.entry).toMatchObject({
        type: "adjust_credit",
        points: 5000,
        reason: "welcome back",
      })
      expect(adjust.data.entry.actor_id).toBeTruthy()

      const me = await customerHeaders(container, member, store.publishable_key)
      const p1 = store.products[0]
      const cartId = await openCart(container, store, member, [
        { variant_id: p1.variant_id, quantity: 1 },
      ])
      const { data: before } = await api.get(
        `/store/carts/${cartId}?fields=total`,
        me
      )
      const gross = Number(before.cart.total)

      const bad = async (body: object, headers: Headers = me) =>
        settle(api.post(`/store/carts/${cartId}/points`, body, headers))
      for (const points of [0, -5, 1.5, 10 ** 12, "100"]) {
        const res = await bad({ points })
        expect(res.status).toBe(400)
        expect(JSON.stringify(res.data)).toContain("points")
      }
      expect((await bad({ points: 50 })).data.message).toContain("at least 100")
      const tooMuch = await bad({ points: 6000 })
      expect(tooMuch.status).toBeGreaterThanOrEqual(400)
      expect(tooMuch.status).toBeLessThan(500)
      const maxShare = Math.floor((gross * 0.5) / 0.01)
      if (maxShare < 5000) {
        const share = await bad({ points: maxShare + 1 })
        expect(share.status).toBe(400)
        expect(share.data.message).toContain("at most")
      }
      await setProgram({ currency_code: "usd" })
      const currency = await bad({ points: 100 })
      expect(currency.status).toBe(400)
      expect(currency.data.message).toContain("currency_code")
      await setProgram({ currency_code: null })
      const theirs = await bad(
        { points: 100 },
        await customerHeaders(container, other, store.publishable_key)
      )
      expect(theirs.status).toBe(404)
      expect(
        await pointsOf(container).listPointsEntries({ customer_id: member.id })
      ).toHaveLength(1)

      const spend = Math.min(1000, maxShare)
      const applied = await api.post(
        `/store/carts/${cartId}/points`,
        { points: spend },
        me
      )
      expect(Number(applied.data.cart.total)).toBeCloseTo(gross - spend * 0.01)
      // replacing the amount keeps one credit line
      const again = await api.post(
        `/store/carts/${cartId}/points`,
        { points: spend },
        me
      )
      expect(again.data.cart.credit_lines).toHaveLength(1)

      const orderId = await completeCart(container, cartId)
      const totals = await orderTotals(container, orderId)
      expect(Number(totals.credit_line_total)).toBeCloseTo(spend * 0.01)
      expect(Number(totals.total)).toBeCloseTo(gross - spend * 0.01)
      const redeemed = await pointsOf(container).listPointsEntries({
        customer_id: member.id,
        type: "redeem",
      })
      expect(redeemed).toHaveLength(1)
      expect(redeemed[0].points).toBe(-spend)
      expect((await balanceOf(container, member.id)).available).toBe(
        5000 - spend
      )
      const { data: mine } = await api.get("/store/members/me/points", me)
      expect(mine.points.available).toBe(5000 - spend)
      expect(mine.entries[0].type).toBe("redeem")

      await cancel(container, orderId)
      await waitFor(
        () => balanceOf(container, member.id),
        (b) => b.available === 5000
      )
    })

    it("lets only the affordable ones of concurrent checkouts on one balance complete, fails the rest cleanly, and gives the points back when the card is declined after the debit", async () => {
      await setProgram({
        point_value: 0.01,
        min_redeem_points: 100,
        max_redeem_share: 1,
        earn_rate: 0,
      })
      const member = await createMember(container, {
        email: "race@points.test",
        first_name: "Race",
      })
      await api.post(
        `/admin/members/${member.id}/points/adjust`,
        { points: 1000, reason: "race" },
        admin
      )
      const me = await customerHeaders(container, member, store.publishable_key)
      const p1 = store.products[0]
      const carts: string[] = []
      for (let i = 0; i < 4; i++) {
        const cartId = await openCart(container, store, member, [
          { variant_id: p1.variant_id, quantity: 1 },
        ])
        await api.post(`/store/carts/${cartId}/points`, { points: 400 }, me)
        carts.push(cartId)
      }
      const outcomes = await Promise.allSettled(
        carts.map((id) => completeCart(container, id))
      )
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(2)
      const failed = outcomes.filter(
        (o): o is PromiseRejectedResult => o.status === "rejected"
      )
      expect(failed).toHaveLength(2)
      expect(String(failed[0].reason?.message ?? failed[0].reason)).toContain(
        "balance"
      )
      expect((await balanceOf(container, member.id)).available).toBe(200)
      const orders = await container
        .resolve(Modules.ORDER)
        .listOrders({ customer_id: member.id })
      expect(orders).toHaveLength(2)

      // a card declined after the debit: no order, the points come back, a retry pays
      await updateRegionsWorkflow(container).run({
        input: {
          selector: { id: store.region_id },
          update: {
            payment_providers: ["pp_system_default", DECLINING_PROVIDER],
          },
        },
      })
      const declined = await openCart(container, store, member, [
        { variant_id: p1.variant_id, quantity: 1 },
      ])
      await api.post(`/store/carts/${declined}/points`, { points: 150 }, me)
      // the workflow rejects with the step's serialised error, not an Error instance
      await expect(
        completeCart(container, declined, DECLINING_PROVIDER)
      ).rejects.toMatchObject({
        message: expect.stringContaining("was not authorized"),
      })
      expect((await balanceOf(container, member.id)).available).toBe(200)
      const attempts = await pointsOf(container).listPointsEntries({
        customer_id: member.id,
        type: ["redeem", "restore"],
      })
      expect(attempts.filter((e) => e.type === "restore")).toHaveLength(1)
      expect(
        await container
          .resolve(Modules.ORDER)
          .listOrders({ customer_id: member.id })
      ).toHaveLength(2)
      const retried = await completeCart(container, declined)
      expect(
        Number((await orderTotals(container, retried)).credit_line_total)
      ).toBeCloseTo(1.5)
      expect((await balanceOf(container, member.id)).available).toBe(50)
    })

    it("checks in once per store day, grants bonuses once, and serves the program, liability and admin ledger", async () => {
      await setProgram({
        checkin_bonus: 5,
        review_bonus: 20,
        birthday_bonus: 30,
        expiry_months: 1,
        timezone: "Asia/Shanghai",
      })
      const now = new Date()
      const today = new Intl.DateTimeFormat("en-CA", {
        timeZone: "Asia/Shanghai",
      }).format(now)
      const member = await createMember(container, {
        email: "bonus@points.test",
        first_name: "Bonus",
        birthday: `1990-${today.slice(5)}`,
      })
      const me = await customerHeaders(container, member, store.publishable_key)
      const first = await api.post("/store/members/me/check-in", {}, me)
      expect(first.data.check_in).toMatchObject({
        streak: 1,
        points: 5,
        already_checked_in: false,
      })
      const second = await api.post("/store/members/me/check-in", {}, me)
      expect(second.data.check_in).toMatchObject({
        already_checked_in: true,
        points: 0,
      })

      const review = () =>
        api.post(
          `/admin/members/${member.id}/points/bonus`,
          { reference_id: "review_1" },
          admin
        )
      expect((await review()).data.created).toBe(true)
      expect((await review()).data.created).toBe(false)
      // a review plugin's event (the default name), delivered twice: one bonus
      const bus = container.resolve(Modules.EVENT_BUS)
      const reviewed = TestEventUtils.waitSubscribersExecution(
        "product_review.created",
        bus,
        { triggerCount: 2 }
      )
      const event = {
        name: "product_review.created",
        data: { id: "review_2", customer_id: member.id },
      }
      await bus.emit([event, event])
      await reviewed

      await grantBirthdayPoints(container, now)
      await grantBirthdayPoints(container, now)

      const { data } = await api.get(
        `/admin/members/${member.id}/points`,
        admin
      )
      expect(data.points.available).toBe(75)
      expect(data.count).toBe(4)
      expect((await metricsOf(container, member.id)).points_available).toBe(75)

      const { data: program } = await api.get("/admin/points-program", admin)
      expect(program.program.timezone).toBe("Asia/Shanghai")
      expect(program.stats).toHaveProperty("aov_365d")

      const { data: liability } = await api.get(
        "/admin/points/liability",
        admin
      )
      expect(liability.liability.outstanding_points).toBe(75)

      // the expiry job, run twice after the lots' month: expired once
      const later = new Date(now.getTime() + 40 * 86_400_000)
      await expireMemberPoints(container, later)
      await expireMemberPoints(container, later)
      const expired = await pointsOf(container).listPointsEntries({
        customer_id: member.id,
        type: "expire",
      })
      expect(expired.map((e) => e.points)).toEqual([-75])
      expect(expired[0].draws).toHaveLength(4)
      expect((await balanceOf(container, member.id)).available).toBe(0)
      expect((await metricsOf(container, member.id)).points_available).toBe(0)

      for (const body of [
        { earn_rate: -1 },
        { max_redeem_share: 2 },
        { timezone: "Mars/Olympus" },
        { unknown: 1 },
      ]) {
        const res = await settle(api.post("/admin/points-program", body, admin))
        expect(res.status).toBe(400)
      }
      for (const body of [
        { points: 0, reason: "x" },
        { points: 5 },
        { points: 1.5, reason: "x" },
      ]) {
        const res = await settle(
          api.post(`/admin/members/${member.id}/points/adjust`, body, admin)
        )
        expect(res.status).toBe(400)
      }
      const overdraw = await settle(
        api.post(
          `/admin/members/${member.id}/points/adjust`,
          { points: -1000, reason: "too much" },
          admin
        )
      )
      expect(overdraw.status).toBe(400)
      // the card-opening gift: registered customers, once
      await setProgram({ signup_bonus: 100 })
      const {
        result: [registered],
      } = await createCustomersWorkflow(container).run({
        input: {
          customersData: [{ email: "signup@points.test", has_account: true }],
        },
      })
      await waitFor(
        () => balanceOf(container, registered.id),
        (b) => b.available === 100
      )

      const missing = await settle(
        api.get("/admin/members/cus_missing/points", admin)
      )
      expect(missing.status).toBe(404)
    })

    it("gives the tier-up gift once per tier reached, never for joining the base tier", async () => {
      await setProgram({ tier_up_bonus: 50 })
      const tier = async (body: object) =>
        (await api.post("/admin/tiers", body, admin)).data.tier
      const base = await tier({
        name: "Member",
        handle: "member",
        rank: 0,
        threshold: 0,
      })
      const silver = await tier({
        name: "Silver",
        handle: "silver",
        rank: 1,
        threshold: 1000,
      })
      const member = await createMember(container, {
        email: "climber@points.test",
        first_name: "Climber",
      })
      await waitFor(
        () => membershipOf(container, member.id),
        (m) => m?.tier_id === base.id
      )
      const pin = () =>
        api.post(
          `/admin/members/${member.id}/tier`,
          { tier_id: silver.id, pinned: true },
          admin
        )
      await pin()
      await waitFor(
        () => balanceOf(container, member.id),
        (b) => b.available === 50
      )
      // the same move replayed twice: still one gift
      const bus = container.resolve(Modules.EVENT_BUS)
      const replayed = TestEventUtils.waitSubscribersExecution(
        MembershipEvents.TIERS_CHANGED,
        bus,
        { triggerCount: 2 }
      )
      const move = {
        name: MembershipEvents.TIERS_CHANGED,
        data: {
          moves: [
            {
              customer_id: member.id,
              from_tier_id: base.id,
              to_tier_id: silver.id,
              reason: "pinned",
            },
          ],
        },
      }
      await bus.emit([move, move])
      await replayed
      const gifts = await pointsOf(container).listPointsEntries({
        customer_id: member.id,
      })
      expect(gifts.map((e) => [e.type, e.reference, e.points])).toEqual([
        ["bonus", "tier_up", 50],
      ])
    })
  },
})
