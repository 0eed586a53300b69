import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  medusaIntegrationTestRunner,
  TestEventUtils,
} from "@medusajs/test-utils"
import { MembershipEvents } from "../../../src/events"
import { drainDirtyMemberSegments } from "../../../src/jobs/refresh-dirty-member-segments"
import { MEMBER_SEGMENT_MODULE } from "../../../src/module-keys"
import type MemberSegmentModuleService from "../../../src/modules/member-segment/service"
import { createSegmentWorkflow } from "../../../src/workflows/member-segments"
import { adminHeaders, roleHeaders } from "../../helpers/auth"
import { settle } from "../../helpers/http"

process.env.MEDUSA_FF_RBAC = "true"
process.env.MEMBERSHIP_CURRENCY = "eur"
jest.setTimeout(180 * 1000)

const DAY = 86_400_000
const ago = (days: number) => new Date(Date.now() - days * DAY)

type Seed = {
  id: string
  order_count: number
  cancel_count?: number
  paid_order_count?: number
  total_spent: number
  aov: number
  last_order_at: Date | null
  first_order_at?: Date | null
  unpaid_order_count?: number
  cancel_rate?: number
  refund_rate?: number
  tags?: string[]
  birthday_month?: number | null
  birthday_day?: number | null
}

/** A varied member pool, written straight into the metrics table. */
const pool = (): Seed[] =>
  Array.from({ length: 40 }, (_, i) => {
    const orders = i % 7
    return {
      id: `cus_seg_${String(i).padStart(2, "0")}`,
      order_count: orders,
      cancel_count: i % 5 === 0 ? 2 : 0,
      paid_order_count: Math.max(orders - (i % 3 === 0 ? 1 : 0), 0),
      total_spent: orders * (20 + (i % 9) * 10),
      aov: orders ? 20 + (i % 9) * 10 : 0,
      last_order_at: orders ? ago((i * 11) % 200) : null,
      first_order_at: orders ? ago(((i * 11) % 200) + (i % 4) * 20) : null,
      unpaid_order_count: i % 6 === 0 && orders ? 1 : 0,
      cancel_rate: i % 5 === 0 ? 0.4 : 0,
      refund_rate: i % 8 === 0 ? 0.5 : 0,
      tags: i % 4 === 0 ? ["students"] : i % 9 === 0 ? ["vip"] : [],
      birthday_month:
        i % 3 === 0
          ? new Date().getUTCMonth() + 1
          : i % 3 === 1
            ? ((new Date().getUTCMonth() + 6) % 12) + 1
            : null,
      birthday_day: i % 3 === 2 ? null : 10,
    }
  })

async function seedPool(container: MedusaContainer) {
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const rows = pool()
  await segments.createCustomerMetrics(
    rows.map(({ id, ...row }) => ({
      customer_id: id,
      currency_code: "eur",
      ...row,
    }))
  )
  await segments.rescoreRfm()
  return rows
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let admin: Awaited<ReturnType<typeof roleHeaders>>
    let rows: Seed[]

    beforeEach(async () => {
      container = getContainer()
      admin = await roleHeaders(container, "segment-admin", [
        "member_segment:read",
        "member_segment:create",
        "member_segment:update",
        "member_segment:delete",
      ])
      rows = await seedPool(container)
    })

    const preview = (body: unknown) =>
      settle(api.post("/admin/segments/preview", body, admin))
    const ids = (list: { customer_id: string }[]) =>
      list.map((r) => r.customer_id).sort()
    const expected = (test: (row: Seed) => boolean) =>
      rows
        .filter(test)
        .map((r) => r.id)
        .sort()

    it("previews a rule: count, shares, sample and time taken", async () => {
      const rule = {
        all: [
          { field: "aov", op: "between", value: [60, 80] },
          { field: "order_count", op: "gte", value: 1 },
        ],
      }
      const { status, data } = await preview({ rule, sample_size: 50 })
      expect(status).toBe(200)
      const want = expected(
        (r) => r.order_count >= 1 && r.aov >= 60 && r.aov <= 80
      )
      expect(data.preview.count).toBe(want.length)
      expect(data.preview.total).toBe(40)
      expect(data.preview.share).toBeCloseTo(want.length / 40)
      const revenue = rows
        .filter((r) => want.includes(r.id))
        .reduce((s, r) => s + r.total_spent, 0)
      const all = rows.reduce((s, r) => s + r.total_spent, 0)
      expect(data.preview.revenue_share).toBeCloseTo(revenue / all)
      expect(ids(data.preview.sample)).toEqual(want)
      expect(typeof data.preview.took_ms).toBe("number")
      expect(data.preview.summary.en).toBe(
        "Average order €60.00-€80.00 and Orders ≥ 1"
      )
      expect(data.preview.summary.zh).toContain("且")
    })

    it("answers bad rules with 400s naming the path, and keeps SQL-looking values inert", async () => {
      const product = container.resolve(Modules.PRODUCT)
      const [category] = await product.createProductCategories([
        { name: "Shoes", handle: "shoes" },
      ])
      const cases: [unknown, string][] = [
        [
          {
            rule: {
              all: [
                { field: "aov", op: "gt", value: 1 },
                { field: "shoe_size", op: "eq", value: 1 },
              ],
            },
          },
          "rule.all[1].field",
        ],
        [
          { rule: { any: [{ field: "aov", op: "like", value: 1 }] } },
          "rule.any[0].op",
        ],
        [
          {
            rule: {
              all: [
                { field: "aov", op: "gt", value: 1 },
                { field: "aov", op: "gt", value: 1 },
                { field: "aov", op: "gt", value: 1 },
                { field: "aov", op: "gte", value: "60" },
              ],
            },
          },
          "rule.all[3].value",
        ],
        [
          {
            rule: {
              all: [
                {
                  all: [
                    {
                      all: [
                        {
                          all: [
                            { all: [{ field: "aov", op: "gt", value: 1 }] },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          },
          "rule.all[0].all[0].all[0].all[0].all[0]",
        ],
        [
          {
            rule: {
              any: Array.from({ length: 51 }, () => ({
                field: "aov",
                op: "gt",
                value: 1,
              })),
            },
          },
          "at most 50",
        ],
        [
          {
            rule: {
              all: [
                {
                  field: "purchases",
                  op: "purchased",
                  value: { category_ids: [category.id] },
                },
                {
                  field: "purchases",
                  op: "purchased",
                  value: { category_ids: ["pcat_nope"] },
                },
              ],
            },
          },
          'rule.all[1].value.category_ids[0]: unknown category "pcat_nope"',
        ],
        [
          { preset: "near_threshold_aov", preset_params: { threshold: -5 } },
          "preset_params.threshold",
        ],
        [{ preset: "no_such_preset" }, "preset"],
        [{}, "rule"],
      ]
      for (const [body, path] of cases) {
        const { status, data } = await preview(body)
        expect({ path, status }).toEqual({ path, status: 400 })
        expect(data.message).toContain(path)
      }
      const payloads = [
        "' OR '1'='1",
        "'; DROP TABLE mbr_customer_metrics; --",
        "?",
        "?| array['a']",
        "?&",
        "@> '{}'",
        "\\x00",
      ]
      for (const payload of payloads) {
        const { status, data } = await preview({
          rule: {
            any: [
              { field: "country_code", op: "eq", value: payload },
              { field: "tags", op: "contains", value: payload },
              { field: "tier_id", op: "in", value: [payload] },
            ],
          },
        })
        if (payload.includes("\\")) {
          expect(status).toBe(200)
        } else {
          expect({ payload, status }).toEqual({ payload, status: 200 })
        }
        expect(data.preview?.count ?? 0).toBe(0)
      }
      const after = await preview({
        rule: { field: "order_count", op: "gte", value: 0 },
      })
      expect(after.data.preview.count).toBe(40)
    })

    it("builds every preset to exactly what its definition says", async () => {
      const now = Date.now()
      const segments: MemberSegmentModuleService = container.resolve(
        MEMBER_SEGMENT_MODULE
      )
      const stored = await segments.listCustomerMetrics(
        {},
        { select: ["customer_id", "rfm_group", "spend_percentile"] }
      )
      const byId = new Map(stored.map((r) => [r.customer_id, r]))
      const month = new Date().getUTCMonth() + 1
      const buyers = rows
        .filter((r) => r.order_count > 0)
        .map((r) => r.total_spent)
        .sort((a, b) => a - b)
      const p80 = buyers[Math.ceil(0.8 * buyers.length) - 1]
      const checks: [string, Record<string, unknown>, (r: Seed) => boolean][] =
        [
          [
            "dormant",
            { days: 90 },
            (r) =>
              r.order_count >= 1 &&
              !!r.last_order_at &&
              r.last_order_at.getTime() < now - 90 * DAY,
          ],
          [
            "near_threshold_aov",
            { threshold: 80, band: 20 },
            (r) => (r.paid_order_count ?? 0) >= 1 && r.aov >= 60 && r.aov < 80,
          ],
          ["unpaid_orders", {}, (r) => (r.unpaid_order_count ?? 0) >= 1],
          [
            "honeymoon",
            { days: 30 },
            (r) =>
              !!r.first_order_at &&
              r.first_order_at.getTime() >= now - 30 * DAY,
          ],
          ["birthday_this_month", {}, (r) => r.birthday_month === month],
          ["one_time_buyers", {}, (r) => r.order_count === 1],
          [
            "difficult",
            { rate: 0.3, min_orders: 3 },
            (r) =>
              r.order_count + (r.cancel_count ?? 0) >= 3 &&
              ((r.cancel_rate ?? 0) >= 0.3 || (r.refund_rate ?? 0) >= 0.3),
          ],
          [
            "registered_never_bought",
            {},
            (r) => r.order_count + (r.cancel_count ?? 0) === 0,
          ],
          [
            "tag_group",
            { tag: "Students" },
            (r) => !!r.tags?.includes("students"),
          ],
          [
            "high_value",
            { top_percent: 20 },
            (r) => r.order_count > 0 && r.total_spent >= p80,
          ],
          [
            "rfm_group",
            { group: "champions" },
            (r) => byId.get(r.id)?.rfm_group === "champions",
          ],
        ]
      // category buyers: lines of a real category (and one outside the window)
      const product = container.resolve(Modules.PRODUCT)
      const [shoes] = await product.createProductCategories([
        { name: "Shoes", handle: "shoes-presets" },
      ])
      const shoeBuyers = ["cus_seg_01", "cus_seg_02", "cus_seg_03"]
      // written as the plugin writes an order's lines, so their purchase keys exist
      await segments.upsertOrderFacts(
        shoeBuyers.map((customer_id, i) => ({
          order_id: `order_${customer_id}`,
          customer_id,
          currency_code: "eur",
          country_code: null,
          item_subtotal: 10,
          shipping_total: 0,
          discount_total: 0,
          total: 10,
          paid_total: 0,
          refunded_total: 0,
          returned_item_count: 0,
          placed_at: ago(i === 2 ? 120 : 10),
          paid_at: null,
          canceled_at: null,
          lines: [
            {
              line_item_id: `item_${customer_id}`,
              product_id: "prod_x",
              variant_id: null,
              category_ids: [shoes.id],
              collection_id: null,
              quantity: 1,
              net_amount: 10,
            },
          ],
        }))
      )
      const today = new Date()
      const daysUntil = (month: number, day: number) => {
        const start = Date.UTC(
          today.getUTCFullYear(),
          today.getUTCMonth(),
          today.getUTCDate()
        )
        let next = Date.UTC(today.getUTCFullYear(), month - 1, day)
        if (next < start)
          next = Date.UTC(today.getUTCFullYear() + 1, month - 1, day)
        return Math.round((next - start) / DAY)
      }
      checks.push(
        [
          "category_buyers",
          { category_ids: [shoes.id], within_days: 90 },
          (r) => ["cus_seg_01", "cus_seg_02"].includes(r.id),
        ],
        [
          "birthday_soon",
          { days: 30 },
          (r) =>
            r.birthday_month != null &&
            r.birthday_day != null &&
            daysUntil(r.birthday_month, r.birthday_day) <= 30,
        ]
      )
      for (const [preset, params, test] of checks) {
        const { status, data } = await preview({
          preset,
          preset_params: params,
          sample_size: 50,
        })
        expect({ preset, status }).toEqual({ preset, status: 200 })
        expect({ preset, ids: ids(data.preview.sample) }).toEqual({
          preset,
          ids: expected(test),
        })
      }
      // RFM scores exist for buyers only, champions are among the top spenders
      expect(stored.filter((r) => r.rfm_group).length).toBe(
        rows.filter((r) => r.order_count > 0).length
      )

      const presets = await api.get(
        "/admin/segments/presets?with_counts=true",
        admin
      )
      const byKey = Object.fromEntries(
        presets.data.presets.map((p: { key: string }) => [p.key, p])
      )
      expect(byKey.near_next_tier.available).toBe(false)
      expect(byKey.category_buyers.rule).toBeNull()
      expect(byKey.dormant.stats.count).toBe(expected(checks[0][2]).length)
      expect(byKey.dormant.summary.en).toContain("more than 90 days ago")
      const fields = await api.get("/admin/segments/fields", admin)
      expect(
        fields.data.fields.find((f: { key: string }) => f.key === "aov")
      ).toMatchObject({
        type: "money",
        unit: "currency",
        label: { en: "Average order", zh: "平均订单金额" },
      })
    })

    it("saves segments, refreshes them by diff with entry/exit events, explains members", async () => {
      const segments: MemberSegmentModuleService = container.resolve(
        MEMBER_SEGMENT_MODULE
      )
      const created = await api.post(
        "/admin/segments",
        {
          name: "Near 80",
          preset: "near_threshold_aov",
          preset_params: { threshold: 80 },
        },
        admin
      )
      expect(created.status).toBe(201)
      const segment = created.data.segment
      const want = expected(
        (r) => (r.paid_order_count ?? 0) >= 1 && r.aov >= 60 && r.aov < 80
      )
      expect(segment).toMatchObject({
        count: want.length,
        preset: "near_threshold_aov",
        preset_params: { threshold: 80, band: 20 },
      })
      expect(segment.computed_at).toBeTruthy()

      const members = await api.get(
        `/admin/segments/${segment.id}/members?limit=100`,
        admin
      )
      expect(ids(members.data.members)).toEqual(want)
      const before = await segments.listSegmentMembers({
        segment_id: segment.id,
      })

      // one member leaves (AOV 58: the nearest miss), one enters
      const leaving = want[0]
      const joining = rows.find(
        (r) => !want.includes(r.id) && r.order_count > 0
      )!.id
      const [leaver] = await segments.listCustomerMetrics({
        customer_id: leaving,
      })
      const [joiner] = await segments.listCustomerMetrics({
        customer_id: joining,
      })
      await segments.updateCustomerMetrics([
        { id: leaver.id, aov: 58 },
        { id: joiner.id, aov: 70, paid_order_count: 1 },
      ])
      const bus = container.resolve(Modules.EVENT_BUS)
      const entered = TestEventUtils.waitSubscribersExecution(
        MembershipEvents.SEGMENT_ENTERED,
        bus
      )
      const exited = TestEventUtils.waitSubscribersExecution(
        MembershipEvents.SEGMENT_EXITED,
        bus
      )
      const refreshed = await api.post(
        `/admin/segments/${segment.id}/refresh`,
        {},
        admin
      )
      expect(refreshed.data).toMatchObject({
        count: want.length,
        entered: 1,
        exited: 1,
      })
      const [[enteredEvent], [exitedEvent]] = (await Promise.all([
        entered,
        exited,
      ])) as unknown as [[{ data: unknown }], [{ data: unknown }]]
      expect(enteredEvent.data).toEqual({
        segment_id: segment.id,
        customer_ids: [joining],
      })
      expect(exitedEvent.data).toEqual({
        segment_id: segment.id,
        customer_ids: [leaving],
      })
      const after = await segments.listSegmentMembers({
        segment_id: segment.id,
      })
      const stayers = before.filter((row) => row.customer_id !== leaving)
      // members who stayed keep their rows: only the entry and the exit were written
      expect(
        after
          .filter((row) => row.customer_id !== joining)
          .map((r) => r.id)
          .sort()
      ).toEqual(stayers.map((r) => r.id).sort())
      const again = await api.post(
        `/admin/segments/${segment.id}/refresh`,
        {},
        admin
      )
      expect(again.data).toMatchObject({ entered: 0, exited: 0 })

      const explain = await api.get(
        `/admin/segments/${segment.id}/explain?customer_id=${leaving}`,
        admin
      )
      expect(explain.data.explanation.matches).toBe(false)
      expect(explain.data.explanation.nearest_miss.text.en).toBe(
        "Average order €58.00, needs ≥ €60.00"
      )
      expect(explain.data.explanation.conditions).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            field: "aov",
            op: "gte",
            expected: 60,
            actual: 58,
            pass: false,
          }),
        ])
      )
      const mine = await api.get(`/admin/members/${joining}/segments`, admin)
      expect(mine.data.segments).toEqual([
        expect.objectContaining({ id: segment.id, matches_now: true }),
      ])

      // metrics changes reach segments through stored, debounced marks
      await segments.updateCustomerMetrics([{ id: joiner.id, aov: 10 }])
      await segments.markSegmentsDirty([joining])
      await drainDirtyMemberSegments(container, 0)
      expect(
        (
          await segments.listSegmentMembers({
            segment_id: segment.id,
            customer_id: joining,
          })
        ).length
      ).toBe(0)
      expect(await segments.listSegmentDirtyMembers({})).toEqual([])

      const updated = await api.post(
        `/admin/segments/${segment.id}`,
        {
          name: "Students",
          rule: { field: "tags", op: "contains", value: "students" },
        },
        admin
      )
      const debugRule = await segments.retrieveSegment(segment.id)
      expect(debugRule.rule).toEqual({
        field: "tags",
        op: "contains",
        value: "students",
      })
      expect(updated.data.segment.rule).toEqual({
        field: "tags",
        op: "contains",
        value: "students",
      })
      expect(updated.data.segment).toMatchObject({
        name: "Students",
        count: expected((r) => !!r.tags?.includes("students")).length,
        preset: null,
      })
      const list = await api.get("/admin/segments", admin)
      expect(list.data).toMatchObject({
        count: 1,
        segments: [
          expect.objectContaining({
            id: segment.id,
            share: expect.any(Number),
          }),
        ],
      })
      const bad = await settle(
        api.post(
          `/admin/segments/${segment.id}`,
          { rule: { field: "aov", op: "gte", value: "x" } },
          admin
        )
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("rule.value")
      const deleted = await api.delete(`/admin/segments/${segment.id}`, admin)
      expect(deleted.data).toEqual({
        id: segment.id,
        object: "segment",
        deleted: true,
      })
      expect(
        (await settle(api.get(`/admin/segments/${segment.id}`, admin))).status
      ).toBe(404)
      expect(
        await segments.listSegmentMembers({ segment_id: segment.id })
      ).toEqual([])
    })

    it("serialises concurrent refreshes of one segment and rolls back a failed create", async () => {
      const segments: MemberSegmentModuleService = container.resolve(
        MEMBER_SEGMENT_MODULE
      )
      const { data } = await api.post(
        "/admin/segments",
        { name: "Dormant", preset: "dormant" },
        admin
      )
      await segments.clearSegmentMembers(data.segment.id)
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          api.post(`/admin/segments/${data.segment.id}/refresh`, {}, admin)
        )
      )
      const entered = results.map((r) => r.data.entered)
      expect(entered.reduce((a, b) => a + b, 0)).toBe(data.segment.count)
      const stored = await segments.listSegmentMembers({
        segment_id: data.segment.id,
      })
      expect(stored.length).toBe(data.segment.count)
      expect(new Set(stored.map((r) => r.customer_id)).size).toBe(stored.length)

      // the refresh after the create fails (a value Postgres rejects): the segment is gone again
      const { errors } = await createSegmentWorkflow(container).run({
        input: {
          name: "Broken",
          rule: { field: "aov", op: "gt", value: "not a number" },
        },
        throwOnError: false,
      })
      expect(errors.length).toBeGreaterThan(0)
      expect(await segments.listSegments({ name: "Broken" })).toEqual([])
      expect(
        await segments.listSegments({}, { withDeleted: true })
      ).toHaveLength(1)
    })

    it("lists the values members hold for a tags or text field, searched, and the catalogue's currency", async () => {
      const segments: MemberSegmentModuleService = container.resolve(
        MEMBER_SEGMENT_MODULE
      )
      const [first, second] = await segments.listCustomerMetrics(
        { customer_id: ["cus_seg_01", "cus_seg_02"] },
        { order: { customer_id: "ASC" } }
      )
      await segments.updateCustomerMetrics([
        { id: first.id, country_code: "de" },
        { id: second.id, country_code: "dk" },
      ])
      const values = (key: string, query = "") =>
        settle(api.get(`/admin/segments/fields/${key}/values${query}`, admin))

      const tags = await values("tags")
      expect(tags.status).toBe(200)
      const count = (tag: string) =>
        rows.filter((r) => r.tags?.includes(tag)).length
      expect(tags.data).toEqual({
        field: "tags",
        values: [
          { value: "students", count: count("students") },
          { value: "vip", count: count("vip") },
        ],
      })
      expect((await values("tags", "?q=VI")).data.values).toEqual([
        { value: "vip", count: count("vip") },
      ])
      expect((await values("tags", "?limit=1")).data.values).toHaveLength(1)
      expect((await values("country_code", "?q=d")).data.values).toEqual([
        { value: "de", count: 1 },
        { value: "dk", count: 1 },
      ])

      const unknown = await values("shoe_size")
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toContain("shoe_size")
      const money = await values("aov")
      expect(money.status).toBe(400)
      expect(money.data.message).toMatch(/^key: field "aov"/)
      const badLimit = await values("tags", "?limit=500")
      expect(badLimit.status).toBe(400)
      expect(badLimit.data.message).toContain("limit")

      const fields = await settle(api.get("/admin/segments/fields", admin))
      expect(fields.data.currency_code).toBe("eur")

      const reader = await roleHeaders(container, "segment-values-reader", [
        "member_segment:read",
      ])
      const none = await adminHeaders(container)
      expect(
        (await settle(api.get("/admin/segments/fields/tags/values", reader)))
          .status
      ).toBe(200)
      expect(
        (await settle(api.get("/admin/segments/fields/tags/values", none)))
          .status
      ).toBe(403)
    })

    it("grants segment routes by their own policies", async () => {
      const reader = await roleHeaders(container, "segment-reader", [
        "member_segment:read",
      ])
      const none = await adminHeaders(container)
      const body = { rule: { field: "order_count", op: "gte", value: 1 } }
      expect(
        (await settle(api.post("/admin/segments/preview", body, reader))).status
      ).toBe(200)
      expect((await settle(api.get("/admin/segments", reader))).status).toBe(
        200
      )
      expect(
        (
          await settle(
            api.post("/admin/segments", { name: "x", ...body }, reader)
          )
        ).status
      ).toBe(403)
      expect((await settle(api.get("/admin/segments", none))).status).toBe(403)
    })
  },
})
