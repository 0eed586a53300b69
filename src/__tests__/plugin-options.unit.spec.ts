import type { LoaderOptions } from "@medusajs/framework/types"
import validateOptions from "../modules/member-segment/loaders/validate-options"

const boot = (options: Record<string, unknown>) =>
  validateOptions({ options } as unknown as LoaderOptions)

describe("plugin options at boot", () => {
  it("accepts a 3-letter currency, none, and options other modules read", async () => {
    await expect(boot({ membershipCurrency: "EUR" })).resolves.toBeUndefined()
    await expect(boot({})).resolves.toBeUndefined()
    await expect(boot({ resendApiKey: "re_x" })).resolves.toBeUndefined()
  })

  it("stops startup on a bad membershipCurrency, naming the option", async () => {
    for (const membershipCurrency of ["euro", "", 42, "e1r"]) {
      await expect(boot({ membershipCurrency })).rejects.toThrow(
        /^medusa-plugin-membership options are invalid: membershipCurrency: /
      )
    }
  })
})
