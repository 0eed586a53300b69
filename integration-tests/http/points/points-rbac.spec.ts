import type { MedusaContainer } from "@medusajs/framework/types"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { roleHeaders } from "../../helpers/auth"
import { settle } from "../../helpers/http"

// Read when Medusa loads its feature flags, before the app boots.
process.env.MEDUSA_FF_RBAC = "true"
process.env.MEMBERSHIP_CURRENCY = "eur"
jest.setTimeout(120 * 1000)

type Headers = Awaited<ReturnType<typeof roleHeaders>>

/** The points admin routes answer only to roles holding their RBAC policies. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let customerId: string

    beforeEach(async () => {
      container = getContainer()
      const {
        result: [customer],
      } = await createCustomersWorkflow(container).run({
        input: { customersData: [{ email: "rbac@points.test" }] },
      })
      customerId = customer.id
    })

    it("grants reading, adjusting and the program by their own policies", async () => {
      const roles: Record<string, Headers> = {
        none: await roleHeaders(container, "none", []),
        reader: await roleHeaders(container, "reader", ["member_points:read"]),
        adjuster: await roleHeaders(container, "adjuster", [
          "member_points:read",
          "member_points:adjust",
        ]),
        manager: await roleHeaders(container, "manager", [
          "member_points:read",
          "member_points:update",
        ]),
      }
      const calls = {
        points: (h: Headers) =>
          api.get(`/admin/members/${customerId}/points`, h),
        adjust: (h: Headers) =>
          api.post(
            `/admin/members/${customerId}/points/adjust`,
            { points: 10, reason: "rbac" },
            h
          ),
        program: (h: Headers) => api.get("/admin/points-program", h),
        update: (h: Headers) =>
          api.post("/admin/points-program", { earn_rate: 2 }, h),
        liability: (h: Headers) => api.get("/admin/points/liability", h),
      }
      const table: Record<string, Record<string, number>> = {}
      for (const [name, headers] of Object.entries(roles)) {
        table[name] = {}
        for (const [call, request] of Object.entries(calls)) {
          table[name][call] = (await settle(request(headers))).status
        }
      }
      expect(table).toEqual({
        none: {
          points: 403,
          adjust: 403,
          program: 403,
          update: 403,
          liability: 403,
        },
        reader: {
          points: 200,
          adjust: 403,
          program: 200,
          update: 403,
          liability: 200,
        },
        adjuster: {
          points: 200,
          adjust: 200,
          program: 200,
          update: 403,
          liability: 200,
        },
        manager: {
          points: 200,
          adjust: 403,
          program: 200,
          update: 200,
          liability: 200,
        },
      })
    })
  },
})
