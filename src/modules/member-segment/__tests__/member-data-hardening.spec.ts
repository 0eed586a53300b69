import { moduleIntegrationTestRunner } from "@medusajs/test-utils"

import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../service"
import type { OrderLineFactInput } from "../types"
import { daysAgo, paid as paidAt } from "./fixtures"

jest.setTimeout(60_000)

// one fixed placing time, so that a rewrite of the same order is a true replay
const placedAt = daysAgo(3)
const paid = (
  order_id: string,
  customer_id: string,
  amount: number,
  days: number,
  overrides: Parameters<typeof paidAt>[4] = {}
) =>
  paidAt(order_id, customer_id, amount, days, {
    placed_at: placedAt,
    paid_at: placedAt,
    ...overrides,
  })

const line = (
  line_item_id: string,
  overrides: Partial<OrderLineFactInput> = {}
): OrderLineFactInput => ({
  line_item_id,
  product_id: "prod_1",
  variant_id: "variant_1",
  category_ids: ["pcat_men", "pcat_shirts"],
  collection_id: null,
  quantity: 1,
  net_amount: 40,
  ...overrides,
})

moduleIntegrationTestRunner<MemberSegmentModuleService>({
  moduleName: MEMBER_SEGMENT_MODULE,
  resolve: "./src/modules/member-segment",
  moduleOptions: { membershipCurrency: "eur" },
  testSuite: ({ service }) => {
    const linesOf = async (order_id: string) =>
      (
        await service.listOrderLineFacts(
          { order_id },
          { order: { line_item_id: "ASC" } }
        )
      ).map(
        ({
          line_item_id,
          quantity,
          net_amount,
          category_ids,
          customer_id,
        }) => ({
          line_item_id,
          quantity,
          net_amount,
          category_ids,
          customer_id,
        })
      )

    const keysOf = async (order_id: string) =>
      (await service.listPurchaseKeys({ order_id }))
        .map(({ key, customer_id }) => `${key} ${customer_id}`)
        .sort()

    describe("order lines", () => {
      it("keeps one purchase key per product, category and collection of each live order", async () => {
        const lines = [
          line("item_k1", { collection_id: "pcol_summer" }),
          line("item_k2", { product_id: "prod_2", category_ids: ["pcat_men"] }),
        ]
        const placed = await service.upsertOrderFacts([
          paid("order_k", "cus_k", 80, 3, { lines }),
        ])
        // one key per order: both lines are men's
        const both = [
          "c:pcat_men cus_k",
          "c:pcat_shirts cus_k",
          "k:pcol_summer cus_k",
          "p:prod_1 cus_k",
          "p:prod_2 cus_k",
        ]
        expect(await keysOf("order_k")).toEqual(both)

        // an edit drops the removed line's keys; its undo brings them back
        const edited = await service.upsertOrderFacts([
          paid("order_k", "cus_k", 40, 3, { lines: [lines[1]] }),
        ])
        expect(await keysOf("order_k")).toEqual([
          "c:pcat_men cus_k",
          "p:prod_2 cus_k",
        ])
        await service.revertOrderFacts(edited)
        expect(await keysOf("order_k")).toEqual(both)

        // a canceled order's lines are found by nothing; undoing its creation leaves no key
        await service.upsertOrderFacts([
          paid("order_k", "cus_k", 80, 3, { lines, canceled_at: new Date() }),
        ])
        expect(await keysOf("order_k")).toEqual([])
        await service.revertOrderFacts(placed)
        expect(await keysOf("order_k")).toEqual([])
        expect(await linesOf("order_k")).toEqual([])
      })

      it("replaces an order's lines with the fact and reports what it replaced", async () => {
        const first = await service.upsertOrderFacts([
          paid("order_1", "cus_1", 80, 3, {
            lines: [
              line("item_1"),
              line("item_2", { category_ids: ["null", "x y"] }),
            ],
          }),
        ])
        expect(first.previous_lines).toEqual([
          { order_id: "order_1", lines: [] },
        ])
        expect(await linesOf("order_1")).toEqual([
          expect.objectContaining({ line_item_id: "item_1", net_amount: 40 }),
          // every category id is kept as the text it is
          expect.objectContaining({
            line_item_id: "item_2",
            category_ids: ["null", "x y"],
          }),
        ])

        // an edit: one line gone, one changed
        const edited = await service.upsertOrderFacts([
          paid("order_1", "cus_1", 60, 3, {
            lines: [line("item_1", { quantity: 2, net_amount: 60 })],
          }),
        ])
        expect(await linesOf("order_1")).toEqual([
          expect.objectContaining({
            line_item_id: "item_1",
            quantity: 2,
            net_amount: 60,
          }),
        ])
        expect(edited.previous_lines[0].lines).toHaveLength(2)

        // unchanged lines report nothing to undo
        const replay = await service.upsertOrderFacts([
          paid("order_1", "cus_1", 60, 3, {
            lines: [line("item_1", { quantity: 2, net_amount: 60 })],
          }),
        ])
        expect(replay.previous_lines).toEqual([])

        // the undo of the edit brings both lines back exactly
        await service.revertOrderFacts(edited)
        expect(await linesOf("order_1")).toEqual([
          expect.objectContaining({
            line_item_id: "item_1",
            quantity: 1,
            net_amount: 40,
          }),
          expect.objectContaining({
            line_item_id: "item_2",
            category_ids: ["null", "x y"],
          }),
        ])
        const [fact] = await service.listOrderFacts({ order_id: "order_1" })
        expect(fact.total).toBe(80)
      })

      it("leaves an order's lines alone when a fact carries none", async () => {
        await service.upsertOrderFacts([
          paid("order_2", "cus_1", 40, 3, { lines: [line("item_9")] }),
        ])
        await service.upsertOrderFacts([paid("order_2", "cus_1", 45, 3)])
        expect(await linesOf("order_2")).toHaveLength(1)
      })
    })

    describe("eraseCustomers", () => {
      it("anonymises facts and lines, deletes the metrics row, and a rebuild never brings it back", async () => {
        await service.upsertOrderFacts([
          paid("order_g1", "cus_gone", 100, 10, { lines: [line("item_g1")] }),
          paid("order_k1", "cus_kept", 50, 10),
        ])
        await service.syncProfiles([
          {
            customer_id: "cus_gone",
            email: "gone@member.test",
            first_name: "Gone",
            last_name: "Member",
            signup_at: new Date(),
            stage: "first_time",
            birthday_month: 5,
            birthday_day: 17,
            tags: ["student"],
            email_consent: true,
            sms_consent: true,
          },
        ])
        await service.refreshCustomerMetrics(["cus_gone", "cus_kept"], "eur")

        expect(await service.eraseCustomers(["cus_gone", "cus_never"])).toEqual(
          ["cus_gone"]
        )
        expect(
          await service.listCustomerMetrics(
            { customer_id: "cus_gone" },
            { withDeleted: true }
          )
        ).toEqual([])
        const [fact] = await service.listOrderFacts({ order_id: "order_g1" })
        expect(fact.customer_id).toBeNull()
        expect(Number(fact.total)).toBe(100)
        expect((await linesOf("order_g1"))[0].customer_id).toBeNull()
        expect(await keysOf("order_g1")).toEqual([
          "c:pcat_men null",
          "c:pcat_shirts null",
          "p:prod_1 null",
        ])

        await service.rebuildAllMetrics("eur")
        expect(
          (await service.listCustomerMetrics({})).map((m) => m.customer_id)
        ).toEqual(["cus_kept"])
        expect(await service.eraseCustomers(["cus_gone"])).toEqual([])
      })
    })

    describe("column groups", () => {
      it("writes tier and points columns without touching other columns", async () => {
        await service.upsertOrderFacts([paid("order_t1", "cus_t", 70, 5)])
        await service.refreshCustomerMetrics(["cus_t"], "eur")
        expect(
          await service.setMemberTiers([
            { customer_id: "cus_t", tier_id: "tier_gold", tier_rank: 2 },
            { customer_id: "cus_new", tier_id: null, tier_rank: null },
          ])
        ).toBe(2)
        expect(
          await service.setPointsBalances([
            { customer_id: "cus_t", points_available: 120, points_pending: 30 },
          ])
        ).toBe(1)
        // unchanged values write nothing
        expect(
          await service.setMemberTiers([
            { customer_id: "cus_t", tier_id: "tier_gold", tier_rank: 2 },
          ])
        ).toBe(0)
        const [row] = await service.listCustomerMetrics({
          customer_id: "cus_t",
        })
        expect(row).toEqual(
          expect.objectContaining({
            tier_id: "tier_gold",
            tier_rank: 2,
            points_available: 120,
            points_pending: 30,
            order_count: 1,
            total_spent: 70,
          })
        )
      })
    })

    describe("backfill runs", () => {
      it("keeps at most one active run however many start at once", async () => {
        const started = await Promise.all(
          Array.from({ length: 20 }, () => service.startBackfill())
        )
        expect(started.filter((s) => s.created)).toHaveLength(1)
        expect(new Set(started.map((s) => s.run.id)).size).toBe(1)
        expect(await service.listMemberBackfills({})).toHaveLength(1)

        // a finished run frees the slot
        await service.updateMemberBackfills({
          id: started[0].run.id,
          status: "completed",
          active_slot: null,
        })
        const next = await service.startBackfill()
        expect(next.created).toBe(true)
        expect(next.run.id).not.toBe(started[0].run.id)
      })

      it("leases a run to one runner until its heartbeat goes stale", async () => {
        const { run } = await service.startBackfill()
        expect(await service.claimBackfill(run.id, "runner_a", 120)).toBe(true)
        expect(await service.claimBackfill(run.id, "runner_b", 120)).toBe(false)
        expect(await service.claimBackfill(run.id, "runner_a", 120)).toBe(true)

        await service.updateMemberBackfills({
          id: run.id,
          heartbeat_at: new Date(Date.now() - 121_000),
        })
        expect(await service.claimBackfill(run.id, "runner_b", 120)).toBe(true)
        expect(await service.claimBackfill(run.id, "runner_a", 120)).toBe(false)
        expect(await service.retrieveMemberBackfill(run.id)).toMatchObject({
          status: "running",
          runner_id: "runner_b",
        })
      })
    })

    describe("windowed metrics", () => {
      it("finds members whose 90-day window an order left since the last derive", async () => {
        await service.upsertOrderFacts([
          paidAt("order_w1", "cus_w", 80, 80),
          paidAt("order_w2", "cus_fresh", 50, 10),
        ])
        await service.refreshCustomerMetrics(["cus_w", "cus_fresh"], "eur")
        expect(await service.listStaleWindowedMetrics("", 10)).toEqual([])

        // twenty days later: the order is 100 days old, the metrics 20 days old
        await service.upsertOrderFacts([paidAt("order_w1", "cus_w", 80, 100)])
        await service.updateCustomerMetrics({
          selector: { customer_id: "cus_w" },
          data: { computed_at: daysAgo(20) },
        })
        const [stale] = await service.listCustomerMetrics({
          customer_id: "cus_w",
        })
        expect(stale.aov_90d).toBe(80)

        expect(await service.listStaleWindowedMetrics("", 10)).toEqual([
          "cus_w",
        ])
        expect(await service.listStaleWindowedMetrics("cus_w", 10)).toEqual([])
        expect(await service.refreshCustomerMetrics(["cus_w"], "eur")).toEqual([
          "cus_w",
        ])
        const [fresh] = await service.listCustomerMetrics({
          customer_id: "cus_w",
        })
        expect(fresh).toMatchObject({ aov_90d: 0, aov_365d: 80 })
        expect(await service.listStaleWindowedMetrics("", 10)).toEqual([])
      })
    })
  },
})
