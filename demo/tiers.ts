import type { ExecArgs } from "@medusajs/framework/types"
import { membershipCurrency } from "../src/workflows/member-data/membership-currency"
import { ensureStorefrontLogins, ensureTierDemo } from "./apply/tiers"

/**
 * `medusa exec ./demo/tiers.ts`, after the member data import: the demo tier
 * ladder with member prices and VIP free shipping, and storefront logins,
 * printed as DEMO_LOGIN lines. Idempotent.
 */
export default async function seedTierDemo({ container }: ExecArgs) {
  await ensureTierDemo(container, await membershipCurrency(container))
  for (const login of await ensureStorefrontLogins(container)) {
    process.stdout.write(
      `DEMO_LOGIN=${login.email} ${login.password} ${login.tier}\n`
    )
  }
}
