import type { MedusaContainer } from "@medusajs/framework/types"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MEMBER_SEGMENT_MODULE } from "../../../src/module-keys"
import type MemberSegmentModuleService from "../../../src/modules/member-segment/service"
import { adminHeaders, customerHeaders } from "../../helpers/auth"
import { settle } from "../../helpers/http"
import { createPublishableKey } from "../../helpers/store"
import { waitFor } from "../../helpers/wait"

process.env.MEMBERSHIP_CURRENCY = "eur"
jest.setTimeout(120 * 1000)

type Admin = Awaited<ReturnType<typeof adminHeaders>>

async function createMembers(container: MedusaContainer) {
  const { result } = await createCustomersWorkflow(container).run({
    input: {
      customersData: [
        {
          email: "ada@member.test",
          first_name: "Ada",
          metadata: { tags: ["student"] },
        },
        { email: "bob@member.test", first_name: "Bob" },
        {
          email: "cy@member.test",
          first_name: "Cy",
          metadata: { tags: ["student", "vip"] },
        },
      ],
    },
  })
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  await waitFor(
    () => segments.listCustomerMetrics({ email: { $ne: null } }),
    (rows) => rows.length === 3
  )
  return Object.fromEntries(result.map((c) => [c.first_name as string, c]))
}

/** Spend without checkouts: facts written through the segment module, then synced. */
async function recordSpend(
  container: MedusaContainer,
  customerId: string,
  totals: number[]
) {
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const placed = new Date(Date.now() - 86_400_000)
  await segments.upsertOrderFacts(
    totals.map((total, index) => ({
      order_id: `order_${customerId}_${index}`,
      customer_id: customerId,
      currency_code: "eur",
      item_subtotal: total,
      shipping_total: 0,
      discount_total: 0,
      total,
      paid_total: total,
      refunded_total: 0,
      placed_at: placed,
      paid_at: placed,
    }))
  )
  await segments.refreshCustomerMetrics([customerId], "eur")
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let admin: Admin

    beforeEach(async () => {
      container = getContainer()
      admin = await adminHeaders(container)
    })

    it("lists members with filters, search, sorting and pagination", async () => {
      const people = await createMembers(container)
      await recordSpend(container, people.Bob.id, [120, 80])
      await recordSpend(container, people.Cy.id, [50])

      const all = await api.get("/admin/members", admin)
      expect(all.data).toMatchObject({ count: 3, offset: 0, limit: 20 })
      expect(
        all.data.members.map((m: { first_name: string }) => m.first_name)
      ).toEqual(["Bob", "Cy", "Ada"])
      expect(all.data.members[0].metrics).toMatchObject({
        total_spent: 200,
        order_count: 2,
      })

      const students = await api.get(
        "/admin/members?tag=Student&order=total_spent",
        admin
      )
      expect(
        students.data.members.map((m: { first_name: string }) => m.first_name)
      ).toEqual(["Ada", "Cy"])

      const search = await api.get("/admin/members?q=bob@", admin)
      expect(search.data.count).toBe(1)
      expect(search.data.members[0].customer_id).toBe(people.Bob.id)

      const page = await api.get("/admin/members?limit=1&offset=1", admin)
      expect(page.data).toMatchObject({ count: 3, offset: 1, limit: 1 })
      expect(page.data.members).toHaveLength(1)

      const registered = await api.get("/admin/members?stage=registered", admin)
      expect(registered.data.count).toBe(3)

      const noConsent = await api.get(
        "/admin/members?email_consent=true",
        admin
      )
      expect(noConsent.data.count).toBe(0)

      for (const [query, field] of [
        ["order=email", "order"],
        ["limit=0", "limit"],
        ["stage=vip", "stage"],
        ["email_consent=yes", "email_consent"],
        ["colour=red", "colour"],
      ]) {
        const response = await settle(api.get(`/admin/members?${query}`, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
      }
    })

    it("shows and updates one member, rejecting bad input with a 4xx naming the field", async () => {
      const { Ada } = await createMembers(container)

      const detail = await api.get(`/admin/members/${Ada.id}`, admin)
      expect(detail.data.member).toMatchObject({
        customer_id: Ada.id,
        email: "ada@member.test",
        stage: "registered",
        tags: ["student"],
        birthday: null,
        consents: { email: { granted: false, changed_at: null } },
        metrics: { order_count: 0, total_spent: 0, currency_code: "eur" },
      })

      const updated = await api.post(
        `/admin/members/${Ada.id}`,
        {
          tags: ["Student", "Night Owl"],
          birthday: "1990-02-28",
          consents: { email: true },
        },
        admin
      )
      expect(updated.data.member).toMatchObject({
        tags: ["student", "night owl"],
        birthday: "1990-02-28",
        consents: { email: { granted: true } },
      })
      expect(updated.data.member.consents.email.changed_at).not.toBeNull()
      const listed = await api.get(
        "/admin/members?tag=night%20owl&email_consent=true",
        admin
      )
      expect(listed.data.count).toBe(1)

      const missing = await settle(api.get("/admin/members/cus_missing", admin))
      expect(missing.status).toBe(404)
      expect(missing.data.message).toContain("cus_missing")
      const missingUpdate = await settle(
        api.post("/admin/members/cus_missing", { tags: ["vip"] }, admin)
      )
      expect(missingUpdate.status).toBe(404)
      expect(missingUpdate.data.message).toContain("cus_missing")

      const future = `${new Date().getUTCFullYear() + 1}-01-01`
      for (const [body, field] of [
        [{ birthday: future }, "birthday"],
        [{ birthday: "1990-02-30" }, "birthday"],
        [{ birthday: "28/02/1990" }, "birthday"],
        [{ tags: "student" }, "tags"],
        [{ consents: { email: "yes" } }, "email"],
        [{ stage: "repeat" }, "stage"],
      ] as const) {
        const response = await settle(
          api.post(`/admin/members/${Ada.id}`, body, admin)
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
      }
      const unchanged = await api.get(`/admin/members/${Ada.id}`, admin)
      expect(unchanged.data.member.birthday).toBe("1990-02-28")
    })

    it("rejects control characters naming the field and keeps every tag as the text it is", async () => {
      const { Ada } = await createMembers(container)
      for (const [body, field] of [
        [{ tags: ["\u0000"] }, "tags"],
        [{ tags: ["ok", "bell\u0007"] }, "tags"],
      ] as const) {
        const response = await settle(
          api.post(`/admin/members/${Ada.id}`, body, admin)
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
      }
      for (const [query, field] of [
        ["q=%00", "q"],
        ["tag=a%00b", "tag"],
        ["q=line%0Abreak", "q"],
      ]) {
        const response = await settle(api.get(`/admin/members?${query}`, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
      }
      const untouched = await api.get(`/admin/members/${Ada.id}`, admin)
      expect(untouched.data.member.tags).toEqual(["student"])

      const literal = ["null", "a,b", '{"x"}']
      const saved = await api.post(
        `/admin/members/${Ada.id}`,
        { tags: literal },
        admin
      )
      expect(saved.data.member.tags).toEqual(literal)
      const segments: MemberSegmentModuleService = container.resolve(
        MEMBER_SEGMENT_MODULE
      )
      await waitFor(
        () => segments.listCustomerMetrics({ customer_id: Ada.id }),
        ([row]) => row?.tags?.length === 3
      )
      for (const tag of literal) {
        const listed = await api.get(
          `/admin/members?tag=${encodeURIComponent(tag)}`,
          admin
        )
        expect(
          listed.data.members.map((m: { tags: string[] }) => m.tags)
        ).toEqual([literal])
      }
    })

    it("lets a customer read and change only their own membership", async () => {
      const { Ada, Bob } = await createMembers(container)
      const { publishableKey } = await createPublishableKey(container)
      const ada = await customerHeaders(container, Ada, publishableKey)
      const bob = await customerHeaders(container, Bob, publishableKey)

      const anonymous = await settle(
        api.get("/store/members/me", {
          headers: { "x-publishable-api-key": publishableKey },
        })
      )
      expect(anonymous.status).toBe(401)

      const me = await api.get("/store/members/me", ada)
      expect(me.data.member).toMatchObject({
        customer_id: Ada.id,
        stage: "registered",
        order_count: 0,
        total_spent: 0,
        currency_code: "eur",
      })
      expect(me.data.member).not.toHaveProperty("tags")

      const set = await api.post(
        "/store/members/me",
        { birthday: "1992-07-04", consents: { email: true, sms: false } },
        ada
      )
      expect(set.data.member).toMatchObject({
        birthday: "1992-07-04",
        consents: { email: { granted: true }, sms: { granted: false } },
      })

      const reset = await settle(
        api.post("/store/members/me", { birthday: "1993-01-01" }, ada)
      )
      expect(reset.status).toBe(400)
      expect(reset.data.message).toContain("birthday")

      for (const body of [{ customer_id: Bob.id }, { tags: ["vip"] }]) {
        const response = await settle(api.post("/store/members/me", body, ada))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(Object.keys(body)[0])
      }

      const bobsView = await api.get("/store/members/me", bob)
      expect(bobsView.data.member).toMatchObject({
        customer_id: Bob.id,
        birthday: null,
      })
      expect(bobsView.data.member.consents.email.granted).toBe(false)
      const other = await settle(api.get(`/store/members/${Ada.id}`, bob))
      expect(other.status).toBe(404)
    })
  },
})
