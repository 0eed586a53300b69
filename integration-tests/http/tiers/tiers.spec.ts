import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import evaluateMemberTiers from "../../../src/jobs/evaluate-member-tiers"
import runMemberReminders from "../../../src/jobs/run-member-reminders"
import { evaluateMemberTiersWorkflow } from "../../../src/workflows/member-tiers"
import { adminHeaders, customerHeaders } from "../../helpers/auth"
import {
  capture,
  checkout,
  createCheckoutStore,
  type CheckoutStore,
} from "../../helpers/checkout"
import { settle } from "../../helpers/http"
import {
  createMember,
  membershipOf,
  metricsOf,
  recordOrders,
  tiersOf,
} from "../../helpers/members"
import { pointsOf } from "../../helpers/points"
import { waitFor } from "../../helpers/wait"

process.env.MEMBERSHIP_CURRENCY = "eur"
jest.setTimeout(240 * 1000)

const DAY = 86_400_000
const BASE = { name: "Member", handle: "member", rank: 0, threshold: 0 }

// A failing step after the tier writes, switched on by the compensation test only.
let failAfterTierWrites = false
evaluateMemberTiersWorkflow.hooks.tiersEvaluated(() => {
  if (failAfterTierWrites) throw new Error("a later step failed")
})

const groupsOf = async (container: MedusaContainer, customerId: string) => {
  const [customer] = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ id: customerId }, { relations: ["groups"] })
  return (customer.groups ?? []).map((g) => g.id).sort()
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      container = getContainer()
      admin = await adminHeaders(container)
    })

    const createTier = async (body: Record<string, unknown>) =>
      (await api.post("/admin/tiers", body, admin)).data.tier

    describe("through real carts", () => {
      let store: CheckoutStore
      beforeEach(async () => {
        store = await createCheckoutStore(container)
      })

      it("upgrades a member whose order crosses the threshold, prices their next cart at the member price and ships it free", async () => {
        const product = store.products[0]
        const memberPrice = Math.round(product.price * 80) / 100
        const base = await createTier(BASE)
        const gold = await createTier({
          name: "Gold",
          handle: "gold",
          rank: 1,
          threshold: product.price * 2,
          window: "rolling",
          window_days: 365,
          grace_days: 30,
          free_shipping: true,
          free_shipping_min_subtotal: product.price / 2,
        })
        expect(gold.customer_group_id).toBeTruthy()
        expect(gold.price_list_id).toBeTruthy()
        expect(gold.promotion_id).toBeTruthy()
        const prices = await api.post(
          `/admin/tiers/${gold.id}/prices`,
          {
            prices: [
              {
                variant_id: product.variant_id,
                currency_code: "EUR",
                amount: memberPrice,
              },
            ],
          },
          admin
        )
        expect(prices.data.prices).toEqual([
          expect.objectContaining({
            variant_id: product.variant_id,
            currency_code: "eur",
            amount: memberPrice,
          }),
        ])

        // an unrelated group the plugin must never touch
        const [other] = await container
          .resolve(Modules.CUSTOMER)
          .createCustomerGroups([{ name: "Wholesale" }])
        const member = await createMember(container, {
          email: "gold@member.test",
          first_name: "Member",
        })
        await container.resolve(Modules.CUSTOMER).addCustomerToGroup({
          customer_id: member.id,
          customer_group_id: other.id,
        })
        const store_ = await customerHeaders(
          container,
          member,
          store.publishable_key
        )

        const cartFor = async () => {
          const { data } = await api.post(
            "/store/carts",
            {
              region_id: store.region_id,
              items: [{ variant_id: product.variant_id, quantity: 1 }],
              shipping_address: {
                country_code: store.country_code,
                postal_code: "10115",
                city: "Berlin",
                address_1: "1 Main St",
              },
            },
            store_
          )
          const shipped = await api.post(
            `/store/carts/${data.cart.id}/shipping-methods`,
            { option_id: store.shipping_option_id },
            store_
          )
          return shipped.data.cart
        }

        const before = await cartFor()
        expect(before.items[0].unit_price).toBe(product.price)
        expect(before.shipping_total).toBe(store.shipping_amount)

        const orderId = await checkout(container, store, member, [
          { variant_id: product.variant_id, quantity: 2 },
        ])
        await capture(container, orderId)
        await waitFor(
          () => membershipOf(container, member.id),
          (m) => m?.tier_id === gold.id
        )
        // the group move is the workflow's next step
        await waitFor(
          () => groupsOf(container, member.id),
          (groups) =>
            groups.length === 2 && groups.includes(gold.customer_group_id)
        )

        expect(await groupsOf(container, member.id)).toEqual(
          [gold.customer_group_id, other.id].sort()
        )
        expect((await metricsOf(container, member.id))?.tier_id).toBe(gold.id)
        const after = await cartFor()
        expect(after.items[0].unit_price).toBe(memberPrice)
        expect(after.shipping_total).toBe(0)

        const quote = await api.get(
          `/store/member-prices?variant_id[]=${product.variant_id}&region_id=${store.region_id}`,
          store_
        )
        expect(quote.data.prices[0]).toEqual(
          expect.objectContaining({
            variant_id: product.variant_id,
            calculated_price: memberPrice,
            regular_price: product.price,
          })
        )
        expect(quote.data.prices[0].tiers).toEqual([
          expect.objectContaining({ tier_id: base.id, price: product.price }),
          expect.objectContaining({
            tier_id: gold.id,
            name: "Gold",
            price: memberPrice,
          }),
        ])
        const anonymous = await api.get(
          `/store/member-prices?variant_id[]=${product.variant_id}&region_id=${store.region_id}`,
          { headers: { "x-publishable-api-key": store.publishable_key } }
        )
        expect(anonymous.data.prices[0].calculated_price).toBe(product.price)

        const me = await api.get("/store/members/me", store_)
        expect(me.data.member.tier).toEqual(
          expect.objectContaining({ handle: "gold" })
        )
        expect(me.data.member.progress).toEqual(
          expect.objectContaining({ next_tier: null, remaining_to_retain: 0 })
        )
        expect(
          new Date(me.data.member.progress.retain_by).getTime()
        ).toBeGreaterThan(Date.now() + 364 * DAY)

        const history = await api.get(`/admin/members/${member.id}/tier`, admin)
        expect(
          history.data.member_tier.history.map(
            (h: { reason: string }) => h.reason
          )
        ).toEqual(["qualified", "qualified"])
        const ladder = await api.get("/admin/tiers", admin)
        expect(
          ladder.data.tiers.find((t: { id: string }) => t.id === gold.id)
        ).toEqual(
          expect.objectContaining({ member_count: 1, revenue_share: 1 })
        )

        // a non-member of the tier pays shipping
        const plain = await createMember(container, {
          email: "plain@member.test",
          first_name: "Member",
        })
        const plainHeaders = await customerHeaders(
          container,
          plain,
          store.publishable_key
        )
        const { data } = await api.post(
          "/store/carts",
          {
            region_id: store.region_id,
            items: [{ variant_id: product.variant_id, quantity: 1 }],
            shipping_address: { country_code: store.country_code },
          },
          plainHeaders
        )
        const plainCart = await api.post(
          `/store/carts/${data.cart.id}/shipping-methods`,
          { option_id: store.shipping_option_id },
          plainHeaders
        )
        expect(plainCart.data.cart.shipping_total).toBe(store.shipping_amount)
        expect(plainCart.data.cart.items[0].unit_price).toBe(product.price)
      })
      it("earns points at the member's tier multiplier with the tier's cash-back", async () => {
        await api.post(
          "/admin/points-program",
          { earn_rate: 1, pending_days: 0, point_value: 0.01 },
          admin
        )
        await createTier(BASE)
        const gold = await createTier({
          name: "Gold",
          handle: "gold",
          rank: 1,
          threshold: 100_000,
          points_multiplier: 1.5,
          cashback_rate: 0.05,
        })
        const member = await createMember(container, {
          email: "earner@member.test",
          first_name: "Member",
        })
        await api.post(
          `/admin/members/${member.id}/tier`,
          { tier_id: gold.id, pinned: true },
          admin
        )
        await waitFor(
          () => metricsOf(container, member.id),
          (m) => m?.tier_id === gold.id
        )
        const product = store.products[0]
        const orderId = await checkout(container, store, member, [
          { variant_id: product.variant_id, quantity: 2 },
        ])
        const lots = await waitFor(
          () => pointsOf(container).listOrderLots(orderId),
          (rows) => rows.length === 2
        )
        const base = product.price * 2
        expect(
          Object.fromEntries(lots.map((lot) => [lot.type, lot.points]))
        ).toEqual({
          earn: Math.floor(base * 1.5),
          cashback: Math.floor((base * 0.05) / 0.01),
        })
      })
    })

    it("moves members down only after window and grace, in the daily job; pinned members never move; replays change nothing", async () => {
      const base = await createTier(BASE)
      const silver = await createTier({
        name: "Silver",
        handle: "silver",
        rank: 1,
        threshold: 100,
        window: "rolling",
        window_days: 30,
        grace_days: 10,
      })
      const ann = await createMember(container, {
        email: "ann@member.test",
        first_name: "Member",
      })
      const pia = await createMember(container, {
        email: "pia@member.test",
        first_name: "Member",
      })
      await waitFor(
        () => Promise.all([ann, pia].map((m) => membershipOf(container, m.id))),
        (rows) => rows.every((m) => m?.tier_id === base.id)
      )
      const now = Date.now()
      await recordOrders(container, ann.id, [
        {
          order_id: "order_ann_1",
          total: 150,
          placed_at: new Date(now - 5 * DAY),
        },
      ])
      const evaluate = (at: number, allow_downgrade = false) =>
        evaluateMemberTiersWorkflow(container).run({
          input: {
            customer_ids: [ann.id, pia.id],
            now: new Date(at),
            allow_downgrade,
          },
        })
      const first = await evaluate(now)
      expect(
        first.result.moves.map((m) => [m.customer_id, m.to_tier_id]).sort()
      ).toEqual([[ann.id, silver.id]])
      const replay = await evaluate(now)
      expect(replay.result.moves).toEqual([])

      await api.post(
        `/admin/members/${pia.id}/tier`,
        { tier_id: silver.id, pinned: true },
        admin
      )
      const at = (days: number) => new Date(now + days * DAY)
      const tierOf = async (id: string) =>
        (await membershipOf(container, id))?.tier_id

      await evaluateMemberTiers(container, at(20)) // order 25 days old: still qualifies
      expect(await tierOf(ann.id)).toBe(silver.id)
      await evaluate(at(29).getTime()) // out of the window, but events never move anyone down
      await evaluateMemberTiers(container, at(29)) // grace (10 days from day 20) not over
      expect(await tierOf(ann.id)).toBe(silver.id)
      await evaluateMemberTiers(container, at(31))
      expect(await tierOf(ann.id)).toBe(base.id)
      await evaluateMemberTiers(container, at(31))
      expect(await tierOf(pia.id)).toBe(silver.id)

      const changes = await tiersOf(container).listTierChanges(
        { customer_id: ann.id },
        { order: { created_at: "ASC" } }
      )
      expect(changes.map((c) => c.reason)).toEqual([
        "qualified",
        "qualified",
        "lapsed",
      ])
      expect(await groupsOf(container, ann.id)).toEqual([
        base.customer_group_id,
      ])

      // unpinned, Pia is evaluated again at once (still base: no orders) only by the job
      await api.post(`/admin/members/${pia.id}/tier`, { pinned: false }, admin)
      expect(await tierOf(pia.id)).toBe(silver.id)
      await evaluateMemberTiers(container, at(60))
      expect(await tierOf(pia.id)).toBe(base.id)
    })

    it("queues the tier-reached notice on an upgrade and the about-to-lapse notice with the amount to keep the tier", async () => {
      for (const key of ["tier_reached", "tier_lapsing"]) {
        await api.post(`/admin/reminders/${key}`, { enabled: true }, admin)
      }
      await createTier(BASE)
      const silver = await createTier({
        name: "Silver",
        handle: "silver",
        rank: 1,
        threshold: 100,
        window: "rolling",
        window_days: 30,
        grace_days: 10,
      })
      const kim = await createMember(container, {
        email: "kim@member.test",
        first_name: "Kim",
        email_consent: true,
      })
      await waitFor(
        () => membershipOf(container, kim.id),
        (m) => !!m?.tier_id
      )
      const now = Date.now()
      await recordOrders(container, kim.id, [
        {
          order_id: "order_kim_1",
          total: 150,
          placed_at: new Date(now - 5 * DAY),
        },
      ])
      await evaluateMemberTiersWorkflow(container).run({
        input: { customer_ids: [kim.id], now: new Date(now) },
      })
      const campaigns = container.resolve("memberCampaign") as {
        listMessages: (
          filters: object
        ) => Promise<{ source_id: string; data: Record<string, unknown> }[]>
      }
      const reached = await waitFor(
        () =>
          campaigns.listMessages({
            customer_id: kim.id,
            source_id: "tier_reached",
          }),
        (rows) => rows.length === 1
      )
      expect(reached[0].data).toEqual({
        tier: { id: silver.id, name: "Silver" },
      })

      await evaluateMemberTiers(container, new Date(now + 24 * DAY)) // still qualifies: grace counts from here
      await runMemberReminders(container, new Date(now + 27 * DAY))
      await runMemberReminders(container, new Date(now + 28 * DAY)) // once per lapse
      const lapsing = await campaigns.listMessages({
        customer_id: kim.id,
        source_id: "tier_lapsing",
      })
      expect(lapsing).toHaveLength(1)
      expect(lapsing[0].data).toEqual(
        expect.objectContaining({
          amount_needed: 100,
          currency_code: "eur",
          tier: expect.objectContaining({
            id: silver.id,
            name: "Silver",
            expires_at: new Date(now + 34 * DAY).toISOString(),
          }),
        })
      )
    })

    it("moves each member once when evaluations race, and a failing later step leaves tiers, history and groups unchanged", async () => {
      await createTier(BASE)
      const gold = await createTier({
        name: "Gold",
        handle: "gold",
        rank: 1,
        threshold: 100,
      })
      const eve = await createMember(container, {
        email: "eve@member.test",
        first_name: "Member",
      })
      await recordOrders(container, eve.id, [
        { order_id: "order_eve_1", total: 500, placed_at: new Date() },
      ])
      await waitFor(
        () => membershipOf(container, eve.id),
        (m) => !!m?.tier_id
      )
      const zoe = await createMember(container, {
        email: "zoe@member.test",
        first_name: "Member",
      })
      await waitFor(
        () => membershipOf(container, zoe.id),
        (m) => !!m?.tier_id
      )
      // the group move is the workflow's last write
      await waitFor(
        () => groupsOf(container, zoe.id),
        (groups) => groups.length === 1
      )
      const before = {
        membership: await membershipOf(container, zoe.id),
        groups: await groupsOf(container, zoe.id),
        changes: (
          await tiersOf(container).listTierChanges({ customer_id: zoe.id })
        ).length,
      }

      const segments = container.resolve("memberSegment") as {
        upsertOrderFacts: (rows: unknown[]) => Promise<unknown>
      }
      await segments.upsertOrderFacts([
        {
          order_id: "order_zoe_1",
          customer_id: zoe.id,
          currency_code: "eur",
          item_subtotal: 300,
          shipping_total: 0,
          discount_total: 0,
          total: 300,
          paid_total: 300,
          refunded_total: 0,
          placed_at: new Date(),
          paid_at: new Date(),
        },
      ])
      failAfterTierWrites = true
      try {
        const failed = await evaluateMemberTiersWorkflow(container).run({
          input: { customer_ids: [zoe.id] },
          throwOnError: false,
        })
        expect(failed.errors[0]?.error?.message).toContain(
          "a later step failed"
        )
      } finally {
        failAfterTierWrites = false
      }
      const { updated_at: _, ...kept } = before.membership!
      expect(await membershipOf(container, zoe.id)).toEqual(
        expect.objectContaining(kept)
      )
      expect(await groupsOf(container, zoe.id)).toEqual(before.groups)
      expect(
        (await tiersOf(container).listTierChanges({ customer_id: zoe.id }))
          .length
      ).toBe(before.changes)
      expect((await metricsOf(container, zoe.id))?.tier_id).toBe(
        before.membership?.tier_id
      )

      const runs = await Promise.all(
        Array.from({ length: 5 }, () =>
          evaluateMemberTiersWorkflow(container).run({
            input: { customer_ids: [zoe.id] },
          })
        )
      )
      expect(runs.flatMap((r) => r.result.moves)).toEqual([
        expect.objectContaining({
          customer_id: zoe.id,
          to_tier_id: gold.id,
          reason: "qualified",
        }),
      ])
      expect(await groupsOf(container, zoe.id)).toEqual([
        gold.customer_group_id,
      ])
    })

    it("rejects a bad ladder, bad prices and bad lookups with a 4xx naming the field", async () => {
      const expect400 = async (request: Promise<unknown>, text: string) => {
        const response = await settle(request as never)
        expect([response.status, response.data.message]).toEqual([
          400,
          expect.stringContaining(text),
        ])
      }
      const base = await createTier(BASE)
      const silver = await createTier({
        name: "Silver",
        handle: "silver",
        rank: 1,
        threshold: 100,
      })
      await expect400(
        api.post(
          "/admin/tiers",
          { name: "Gold", handle: "gold", rank: 2, threshold: 50 },
          admin
        ),
        "threshold"
      )
      await expect400(
        api.post(
          "/admin/tiers",
          { name: "Gold", handle: "gold", rank: 1, threshold: 500 },
          admin
        ),
        "rank"
      )
      await expect400(
        api.post(
          "/admin/tiers",
          { name: "Gold", handle: "silver", rank: 2, threshold: 500 },
          admin
        ),
        "handle"
      )
      await expect400(
        api.post(
          "/admin/tiers",
          { name: "Gold", handle: "gold", rank: 2, threshold: -1 },
          admin
        ),
        "threshold"
      )
      await expect400(
        api.post(
          "/admin/tiers",
          {
            name: "Gold",
            handle: "gold",
            rank: 2,
            threshold: 500,
            window: "rolling",
          },
          admin
        ),
        "window_days"
      )
      await expect400(
        api.post(
          "/admin/tiers/preview",
          {
            tiers: [
              BASE,
              { name: "A", handle: "a", rank: 1, threshold: 100 },
              { name: "B", handle: "b", rank: 2, threshold: 80 },
            ],
          },
          admin
        ),
        "tiers[2].threshold"
      )
      await expect400(
        api.post(
          `/admin/tiers/${silver.id}/prices`,
          {
            prices: [
              {
                variant_id: "variant_missing",
                currency_code: "eur",
                amount: 10,
              },
            ],
          },
          admin
        ),
        "prices[0].variant_id"
      )
      await expect400(
        api.post(
          `/admin/tiers/${silver.id}/prices`,
          { prices: [{ variant_id: "v", currency_code: "euro", amount: 10 }] },
          admin
        ),
        "currency_code"
      )
      await expect400(
        api.post(
          `/admin/tiers/${silver.id}/prices`,
          {
            percent_off: {
              percent: 150,
              currency_code: "eur",
              product_ids: ["p"],
            },
          },
          admin
        ),
        "percent"
      )
      expect(
        (await api.get("/admin/tiers", admin)).data.tiers.map(
          (t: { handle: string }) => t.handle
        )
      ).toEqual(["member", "silver"])

      const key = (await createCheckoutStore(container)).publishable_key
      const storeHeaders = { headers: { "x-publishable-api-key": key } }
      await expect400(
        api.get(
          "/store/member-prices?variant_id[]=variant_missing&region_id=reg_missing",
          storeHeaders
        ),
        "region_id"
      )

      const ann = await createMember(container, {
        email: "ann@member.test",
        first_name: "Member",
      })
      await api.post(
        `/admin/members/${ann.id}/tier`,
        { tier_id: silver.id, pinned: true },
        admin
      )
      const conflict = await settle(
        api.delete(`/admin/tiers/${silver.id}`, admin)
      )
      expect(conflict.status).toBe(409)
      const deleted = await api.delete(
        `/admin/tiers/${silver.id}?target_tier_id=${base.id}`,
        admin
      )
      expect(deleted.data).toEqual(
        expect.objectContaining({ id: silver.id, deleted: true, moved: 1 })
      )
      expect((await membershipOf(container, ann.id))?.tier_id).toBe(base.id)
      expect(await groupsOf(container, ann.id)).toEqual([
        base.customer_group_id,
      ])
      const tiers = await api.get("/store/tiers", storeHeaders)
      expect(tiers.data.tiers.map((t: { handle: string }) => t.handle)).toEqual(
        ["member"]
      )
    })

    it("previews a proposed ladder in SQL before anything is saved", async () => {
      await createTier(BASE)
      const members = await Promise.all(
        [50, 150, 400].map(async (total, i) => {
          const m = await createMember(container, {
            email: `m${i}@member.test`,
            first_name: "Member",
          })
          await recordOrders(container, m.id, [
            { order_id: `order_p${i}`, total, placed_at: new Date() },
          ])
          return m
        })
      )
      const preview = await api.post(
        "/admin/tiers/preview",
        {
          tiers: [
            BASE,
            { name: "Silver", handle: "silver", rank: 1, threshold: 100 },
            { name: "Gold", handle: "gold", rank: 2, threshold: 300 },
          ],
        },
        admin
      )
      expect(
        preview.data.tiers.map((t: { member_count: number }) => t.member_count)
      ).toEqual([1, 1, 1])
      expect(preview.data.tiers[2].revenue_share).toBeCloseTo(400 / 600)
      expect(preview.data.moves).toEqual(
        expect.objectContaining({ up: 2, down: 0, unchanged: 1 })
      )
      expect([...preview.data.moves.up_sample].sort()).toEqual(
        [members[1].id, members[2].id].sort()
      )
      expect((await api.get("/admin/tiers", admin)).data.tiers).toHaveLength(1)
    })
  },
})
