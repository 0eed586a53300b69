import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../../helpers/auth"
import { settle } from "../../helpers/http"

process.env.MEMBERSHIP_CURRENCY = "eur"
process.env.MEDUSA_FF_RBAC = "true"
jest.setTimeout(120 * 1000)

// With RBAC on, an admin whose roles grant none of the reminder policies is refused.
medusaIntegrationTestRunner({
  env: { MEDUSA_FF_RBAC: "true" },
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer

    beforeEach(() => {
      container = getContainer()
    })

    it("answers 403 on every reminder and message-log route without the policy", async () => {
      const admin = await adminHeaders(container)
      const requests: [string, string, object?][] = [
        ["get", "/admin/reminders"],
        ["get", "/admin/reminders/dormant"],
        ["post", "/admin/reminders/dormant", { enabled: true }],
        ["post", "/admin/reminders/dormant/preview", {}],
        [
          "post",
          "/admin/reminders/dormant/test-send",
          { to: "owner@shop.test" },
        ],
        ["post", "/admin/reminders/simulate", { at: new Date().toISOString() }],
        ["get", "/admin/member-messages"],
        ["get", "/admin/member-messages/mbrmsg_1"],
      ]
      for (const [method, path, body] of requests) {
        const response = await settle(
          method === "get" ? api.get(path, admin) : api.post(path, body, admin)
        )
        expect([path, response.status]).toEqual([path, 403])
      }
    })
  },
})
