import type { MedusaContainer } from "@medusajs/framework/types"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MEMBER_TIER_MODULE } from "../../src/module-keys"
import type MemberTierModuleService from "../../src/modules/member-tier/service"
import { roleHeaders } from "../helpers/auth"
import { settle } from "../helpers/http"
import { waitFor } from "../helpers/wait"

// Read when Medusa loads its feature flags, before the app boots.
process.env.MEDUSA_FF_RBAC = "true"
process.env.MEMBERSHIP_CURRENCY = "eur"
jest.setTimeout(120 * 1000)

type Headers = Awaited<ReturnType<typeof roleHeaders>>

/** The plugin's admin routes answer only to roles holding their RBAC policies. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let customerId: string

    beforeEach(async () => {
      container = getContainer()
      const {
        result: [customer],
      } = await createCustomersWorkflow(container).run({
        input: { customersData: [{ email: "rbac@member.test" }] },
      })
      customerId = customer.id
      const tiers: MemberTierModuleService =
        container.resolve(MEMBER_TIER_MODULE)
      await waitFor(
        () => tiers.listMemberships({ customer_id: customerId }),
        (rows) => rows.length === 1
      )
    })

    const status = async (
      request: () => Promise<{ status: number }>
    ): Promise<number> => (await settle(request() as never)).status

    it("grants reading, editing and the backfill by their own policies", async () => {
      const roles: Record<string, Headers> = {
        none: await roleHeaders(container, "none", []),
        reader: await roleHeaders(container, "reader", ["member:read"]),
        editor: await roleHeaders(container, "editor", [
          "member:read",
          "member:update",
        ]),
        backfiller: await roleHeaders(container, "backfiller", [
          "member:read",
          "member:backfill",
        ]),
      }
      const calls = {
        list: (h: Headers) => api.get("/admin/members", h),
        detail: (h: Headers) => api.get(`/admin/members/${customerId}`, h),
        update: (h: Headers) =>
          api.post(`/admin/members/${customerId}`, { tags: ["vip"] }, h),
        status: (h: Headers) => api.get("/admin/members/backfill", h),
        backfill: (h: Headers) => api.post("/admin/members/backfill", {}, h),
      }
      const table: Record<string, Record<keyof typeof calls, number>> = {}
      for (const [name, headers] of Object.entries(roles)) {
        table[name] = {} as Record<keyof typeof calls, number>
        for (const [call, request] of Object.entries(calls)) {
          table[name][call as keyof typeof calls] = await status(() =>
            request(headers)
          )
        }
      }
      expect(table).toEqual({
        none: {
          list: 403,
          detail: 403,
          update: 403,
          status: 403,
          backfill: 403,
        },
        reader: {
          list: 200,
          detail: 200,
          update: 403,
          status: 200,
          backfill: 403,
        },
        editor: {
          list: 200,
          detail: 200,
          update: 200,
          status: 200,
          backfill: 403,
        },
        backfiller: {
          list: 200,
          detail: 200,
          update: 403,
          status: 200,
          backfill: 202,
        },
      })
    })

    it("guards the tier ladder and a member's tier by the tier policies", async () => {
      const none = await roleHeaders(container, "tier-none", [])
      const reader = await roleHeaders(container, "tier-reader", [
        "member_tier:read",
      ])
      const editor = await roleHeaders(container, "tier-editor", [
        "member_tier:read",
        "member_tier:update",
      ])
      const base = { name: "Member", handle: "member", rank: 0, threshold: 0 }
      const calls = {
        list: (h: Headers) => api.get("/admin/tiers", h),
        preview: (h: Headers) =>
          api.post("/admin/tiers/preview", { tiers: [base] }, h),
        create: (h: Headers) => api.post("/admin/tiers", base, h),
        member: (h: Headers) => api.get(`/admin/members/${customerId}/tier`, h),
      }
      const table: Record<string, Record<string, number>> = {}
      for (const [name, headers] of Object.entries({ none, reader, editor })) {
        table[name] = {}
        for (const [call, request] of Object.entries(calls)) {
          table[name][call] = await status(() => request(headers))
        }
      }
      expect(table).toEqual({
        none: { list: 403, preview: 403, create: 403, member: 403 },
        reader: { list: 200, preview: 200, create: 403, member: 200 },
        editor: { list: 200, preview: 200, create: 201, member: 200 },
      })
    })
  },
})
