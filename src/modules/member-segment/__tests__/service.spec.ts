import { moduleIntegrationTestRunner } from "@medusajs/test-utils"

import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../service"
import { daysAgo, fact, paid } from "./fixtures"

jest.setTimeout(60_000)

const A_FACTS = [
  paid("order_a1", "cus_a", 100, 400, { country_code: "DE" }),
  paid("order_a2", "cus_a", 50, 200, {
    refunded_total: 20,
    returned_item_count: 1,
    country_code: "fr",
  }),
  paid("order_a3", "cus_a", 80, 30, { country_code: "de" }),
  fact("order_a4", "cus_a", {
    total: 40,
    placed_at: daysAgo(10),
    country_code: "nl",
  }),
  paid("order_a5", "cus_a", 60, 5, {
    refunded_total: 60,
    canceled_at: daysAgo(4),
  }),
]

moduleIntegrationTestRunner<MemberSegmentModuleService>({
  moduleName: MEMBER_SEGMENT_MODULE,
  resolve: "./src/modules/member-segment",
  moduleOptions: { membershipCurrency: "EUR" },
  testSuite: ({ service }) => {
    const metricsOf = async (customer_id: string) => {
      const [row] = await service.listCustomerMetrics({ customer_id })
      return row
    }
    const derived = async (customer_id: string) => {
      const row = await metricsOf(customer_id)
      const {
        id: _id,
        computed_at: _computed,
        created_at: _created,
        updated_at: _updated,
        // pool-relative: scored from the cutoffs of the last rebuild (rfm.spec.ts)
        rfm_recency: _r,
        rfm_frequency: _f,
        rfm_monetary: _m,
        rfm_group: _group,
        spend_percentile: _p,
        raw_spend_percentile: _rawP,
        ...rest
      } = row as typeof row & { raw_spend_percentile?: unknown }
      return rest
    }

    describe("refreshCustomerMetrics", () => {
      it("derives exact metrics from facts", async () => {
        const result = await service.upsertOrderFacts(A_FACTS)
        expect(result.customer_ids).toEqual(["cus_a"])
        expect(result.created_order_ids.sort()).toEqual(
          A_FACTS.map((f) => f.order_id)
        )
        expect(result.previous).toEqual([])

        await service.refreshCustomerMetrics(["cus_a"], "eur")

        expect(await metricsOf("cus_a")).toEqual(
          expect.objectContaining({
            currency_code: "eur",
            order_count: 4,
            paid_order_count: 3,
            total_spent: 210,
            aov: 70,
            aov_90d: 80,
            aov_365d: 55,
            max_order: 100,
            first_order_at: A_FACTS[0].placed_at,
            last_order_at: A_FACTS[3].placed_at,
            unpaid_order_count: 1,
            oldest_unpaid_at: A_FACTS[3].placed_at,
            cancel_count: 1,
            cancel_rate: 0.2,
            refund_total: 80,
            // SQL leaves the raw twin unset; bigNumber reads the numeric column
            raw_refund_total: null,
            return_count: 1,
            country_code: "nl",
          })
        )
        const { refund_rate } = await metricsOf("cus_a")
        expect(refund_rate).toBeCloseTo(80 / 290, 4)
      })

      it("is idempotent when the same facts are upserted again", async () => {
        await service.upsertOrderFacts(A_FACTS)
        await service.refreshCustomerMetrics(["cus_a"], "eur")
        const [before] = await service.listOrderFacts({ order_id: "order_a2" })
        const first = await derived("cus_a")

        const again = await service.upsertOrderFacts(A_FACTS)
        await service.refreshCustomerMetrics(["cus_a"], "eur")

        expect(again).toEqual({
          customer_ids: ["cus_a"],
          created_order_ids: [],
          previous: [],
          previous_lines: [],
        })
        const [after] = await service.listOrderFacts({ order_id: "order_a2" })
        expect(after.updated_at).toEqual(before.updated_at)
        expect(await derived("cus_a")).toEqual(first)
        expect(await service.listOrderFacts({})).toHaveLength(A_FACTS.length)
      })

      it("keeps money in the membership currency only", async () => {
        const facts = [
          paid("order_b1", "cus_b", 100, 20),
          paid("order_b2", "cus_b", 300, 10, { currency_code: "USD" }),
          fact("order_b3", "cus_b", {
            currency_code: "usd",
            total: 50,
            placed_at: daysAgo(15),
          }),
          paid("order_b4", "cus_b", 70, 1, { canceled_at: daysAgo(1) }),
        ]
        await service.upsertOrderFacts(facts)

        await service.refreshCustomerMetrics(["cus_b"], "eur")
        expect(await metricsOf("cus_b")).toEqual(
          expect.objectContaining({
            currency_code: "eur",
            order_count: 3,
            paid_order_count: 2,
            total_spent: 170,
            aov: 100,
            max_order: 100,
            unpaid_order_count: 1,
            oldest_unpaid_at: facts[2].placed_at,
            last_order_at: facts[1].placed_at,
            cancel_count: 1,
            cancel_rate: 0.25,
          })
        )

        await service.rebuildAllMetrics("usd")
        expect(await metricsOf("cus_b")).toEqual(
          expect.objectContaining({
            currency_code: "usd",
            order_count: 3,
            total_spent: 300,
            aov: 300,
            max_order: 300,
          })
        )
      })

      it("gives a customer without orders zeros and nulls", async () => {
        expect(
          await service.refreshCustomerMetrics(["cus_none"], "eur")
        ).toEqual(["cus_none"])
        expect(await metricsOf("cus_none")).toEqual(
          expect.objectContaining({
            order_count: 0,
            total_spent: 0,
            aov: 0,
            cancel_rate: 0,
            first_order_at: null,
            last_order_at: null,
            country_code: null,
          })
        )
      })

      it("rejects an invalid membership currency", async () => {
        await expect(
          service.refreshCustomerMetrics(["cus_a"], "euro")
        ).rejects.toThrow("is not a 3-letter ISO code")
      })
    })

    describe("syncProfiles", () => {
      const profile = {
        customer_id: "cus_a",
        email: "Ada@Example.com",
        first_name: "Ada",
        last_name: "Lovelace",
        signup_at: daysAgo(500),
        stage: "repeat" as const,
        birthday_month: 12,
        birthday_day: 10,
        tags: ["student", "vip"],
        email_consent: true,
        sms_consent: false,
      }

      it("never touches derived columns and survives a rebuild", async () => {
        await service.upsertOrderFacts(A_FACTS)
        await service.refreshCustomerMetrics(["cus_a"], "eur")
        const metrics = await derived("cus_a")

        await service.syncProfiles([profile])
        expect(await metricsOf("cus_a")).toEqual(
          expect.objectContaining({ total_spent: 210, order_count: 4 })
        )

        await service.rebuildAllMetrics("eur")
        expect(await derived("cus_a")).toEqual({
          ...metrics,
          ...profile,
          signup_at: profile.signup_at,
        })
      })

      it("reports the copies it replaced, so an undo can write them back", async () => {
        await service.syncProfiles([profile])
        const before = await derived("cus_a")
        expect(await service.syncProfiles([profile])).toEqual([])
        const replaced = await service.syncProfiles([
          { ...profile, stage: "first_time", tags: ["null"] },
        ])
        expect(replaced).toEqual([
          expect.objectContaining({
            customer_id: "cus_a",
            stage: "repeat",
            tags: ["student", "vip"],
          }),
        ])
        expect((await metricsOf("cus_a")).tags).toEqual(["null"])
        await service.syncProfiles(replaced)
        expect(await derived("cus_a")).toEqual(before)
      })

      it("creates a row for a customer with no metrics yet", async () => {
        expect(
          await service.syncProfiles([
            { ...profile, customer_id: "cus_new", tags: [] },
          ])
        ).toEqual([
          expect.objectContaining({ customer_id: "cus_new", stage: null }),
        ])
        expect(await metricsOf("cus_new")).toEqual(
          expect.objectContaining({
            email: "Ada@Example.com",
            order_count: 0,
            total_spent: 0,
            tags: [],
          })
        )
      })
    })

    describe("revertOrderFacts", () => {
      it("puts the previous facts back and removes created ones", async () => {
        await service.upsertOrderFacts(A_FACTS)
        await service.refreshCustomerMetrics(["cus_a"], "eur")
        const original = await derived("cus_a")

        const result = await service.upsertOrderFacts([
          { ...A_FACTS[1], refunded_total: 50 },
          { ...A_FACTS[2], customer_id: "cus_other" },
          paid("order_a6", "cus_a", 999, 1),
        ])
        expect(result.customer_ids.sort()).toEqual(["cus_a", "cus_other"])
        expect(result.created_order_ids).toEqual(["order_a6"])
        expect(result.previous.map((p) => p.order_id).sort()).toEqual([
          "order_a2",
          "order_a3",
        ])
        expect(result.previous.find((p) => p.order_id === "order_a2")).toEqual(
          expect.objectContaining({
            refunded_total: "20",
            customer_id: "cus_a",
          })
        )

        const touched = await service.revertOrderFacts(result)
        expect(touched.sort()).toEqual(["cus_a", "cus_other"])
        await service.refreshCustomerMetrics(touched, "eur")

        expect(await derived("cus_a")).toEqual(original)
        expect(await metricsOf("cus_other")).toEqual(
          expect.objectContaining({ order_count: 0 })
        )
        expect(await service.listOrderFacts({ order_id: "order_a6" })).toEqual(
          []
        )
      })
    })

    describe("listMembers", () => {
      beforeEach(async () => {
        await service.upsertOrderFacts([
          paid("o1", "cus_1", 500, 3),
          paid("o2", "cus_2", 100, 40),
          paid("o3", "cus_2", 100, 30),
          paid("o4", "cus_3", 250, 100),
        ])
        await service.refreshCustomerMetrics(["cus_1", "cus_2", "cus_3"], "eur")
        const base = {
          first_name: null,
          last_name: null,
          birthday_month: null,
          birthday_day: null,
          email_consent: false,
          sms_consent: false,
        }
        await service.syncProfiles([
          {
            ...base,
            customer_id: "cus_1",
            email: "grace@navy.mil",
            first_name: "Grace",
            signup_at: daysAgo(10),
            stage: "first_time",
            tags: ["vip"],
            email_consent: true,
          },
          {
            ...base,
            customer_id: "cus_2",
            email: "linus%kernel@example.org",
            last_name: "Torvalds",
            signup_at: daysAgo(50),
            stage: "repeat",
            tags: ["student", "vip"],
            sms_consent: true,
          },
          {
            ...base,
            customer_id: "cus_3",
            email: "ken@example.org",
            signup_at: daysAgo(200),
            stage: "first_time",
            tags: [],
            email_consent: true,
          },
          {
            ...base,
            customer_id: "cus_4",
            email: "new@example.org",
            signup_at: null,
            stage: "registered",
            tags: ["student"],
          },
        ])
      })

      const ids = (rows: { customer_id: string }[]) =>
        rows.map((row) => row.customer_id)

      it("sorts by whitelisted columns with nulls last", async () => {
        const [bySpend, count] = await service.listMembers(
          {},
          { order: { total_spent: "DESC" } }
        )
        expect(ids(bySpend)).toEqual(["cus_1", "cus_3", "cus_2", "cus_4"])
        expect(count).toBe(4)

        const [byOrders] = await service.listMembers(
          {},
          { order: { order_count: "desc", total_spent: "asc" } }
        )
        expect(ids(byOrders)).toEqual(["cus_2", "cus_3", "cus_1", "cus_4"])

        const [byRecency] = await service.listMembers(
          {},
          { order: { last_order_at: "DESC" } }
        )
        expect(ids(byRecency)).toEqual(["cus_1", "cus_2", "cus_3", "cus_4"])

        const [bySignup] = await service.listMembers(
          {},
          { order: { signup_at: "ASC" } }
        )
        expect(ids(bySignup)).toEqual(["cus_3", "cus_2", "cus_1", "cus_4"])
      })

      it("filters by stage, tag and consent", async () => {
        const list = async (
          filters: Parameters<typeof service.listMembers>[0]
        ) =>
          ids(
            (
              await service.listMembers(filters, {
                order: { total_spent: "DESC" },
              })
            )[0]
          )
        expect(await list({ stage: "first_time" })).toEqual(["cus_1", "cus_3"])
        expect(await list({ stage: ["repeat", "registered"] })).toEqual([
          "cus_2",
          "cus_4",
        ])
        expect(await list({ tag: "student" })).toEqual(["cus_2", "cus_4"])
        expect(await list({ tag: "vip", email_consent: true })).toEqual([
          "cus_1",
        ])
        expect(await list({ sms_consent: true })).toEqual(["cus_2"])
      })

      it("searches email and names case-insensitively, literally", async () => {
        const search = async (q: string) =>
          ids(
            (
              await service.listMembers(
                { q },
                { order: { total_spent: "DESC" } }
              )
            )[0]
          )
        expect(await search("GRACE")).toEqual(["cus_1"])
        expect(await search("torv")).toEqual(["cus_2"])
        expect(await search("example.org")).toEqual(["cus_3", "cus_2", "cus_4"])
        expect(await search("%")).toEqual(["cus_2"])
        expect(await search("_")).toEqual([])
        expect(await search("'; drop table mbr_customer_metrics; --")).toEqual(
          []
        )
      })

      it("paginates with a total count", async () => {
        const [page, count] = await service.listMembers(
          {},
          { skip: 1, take: 2, order: { total_spent: "DESC" } }
        )
        expect(ids(page)).toEqual(["cus_3", "cus_2"])
        expect(count).toBe(4)
      })

      it("rejects sorting by a column outside the whitelist", async () => {
        await expect(
          service.listMembers(
            {},
            {
              order: { email: "ASC" } as unknown as { total_spent: "ASC" },
            }
          )
        ).rejects.toThrow("Members cannot be sorted by: email")
      })
    })

    it("exposes the configured membership currency", () => {
      expect(service.configuredCurrency()).toBe("eur")
    })
  },
})
