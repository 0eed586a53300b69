import { DEMO_NAMES } from "../../demo/apply/names"
import {
  adminFetch,
  adminToken,
} from "../../integration-tests/e2e/support/admin-api"
import { run } from "../../integration-tests/e2e/support/commands"
import { HOST, MEDUSA } from "../../integration-tests/e2e/support/paths"
import {
  baseEnv,
  type StoreState,
} from "../../integration-tests/e2e/support/store"

const LOGIN_LINE = /^DEMO_LOGIN=(\S+) (\S+) (.+)$/gm

export type Login = { email: string; password: string; tier: string }

/**
 * The demo's tier ladder with member prices and storefront logins
 * (`demo/tiers.ts` in the host, as `npm run demo` runs it after the import).
 */
export const seedTierDemo = async (state: StoreState): Promise<Login[]> => {
  const output = await run(MEDUSA, ["exec", "../../demo/tiers.ts"], {
    cwd: HOST,
    env: baseEnv(state.database),
    log: "seed-tiers",
  })
  return [...output.matchAll(LOGIN_LINE)].map(([, email, password, tier]) => ({
    email,
    password,
    tier,
  }))
}

type Variant = { id: string }

/**
 * What a storefront needs to price one product: the publishable key, the
 * region in `currency`, and the first product with a price for `tierName`.
 */
export const storefrontFixture = async (
  url: string,
  currency: string,
  tierName: string
) => {
  const token = await adminToken(url)
  const { api_keys } = await adminFetch<{
    api_keys: { token: string; title: string; revoked_at: string | null }[]
  }>(url, token, "/admin/api-keys?type=publishable&limit=50")
  const key = api_keys.find(
    (k) => k.title === DEMO_NAMES.publishableKey && !k.revoked_at
  )?.token
  const { regions } = await adminFetch<{
    regions: { id: string; currency_code: string }[]
  }>(url, token, "/admin/regions?limit=50")
  const region = regions.find((r) => r.currency_code === currency)
  const { tiers } = await adminFetch<{ tiers: { id: string; name: string }[] }>(
    url,
    token,
    "/admin/tiers"
  )
  const tier = tiers.find((t) => t.name === tierName)
  const { prices } = tier
    ? await adminFetch<{ prices: { variant_id: string }[] }>(
        url,
        token,
        `/admin/tiers/${tier.id}/prices`
      )
    : { prices: [] }
  const priced = new Set(prices.map((p) => p.variant_id))
  const { products } = await adminFetch<{
    products: { id: string; variants: Variant[] }[]
  }>(
    url,
    token,
    "/admin/products?fields=id,variants.id&limit=20&order=created_at"
  )
  const product = products.find((p) => p.variants.some((v) => priced.has(v.id)))
  if (!key || !region || !product) {
    throw new Error(
      `The seeded store lacks a publishable key, a ${currency} region or a product with ${tierName} prices`
    )
  }
  return { key, region: region.id, product }
}

/** A customer bearer token for a storefront login. */
export const customerToken = async (url: string, login: Login) => {
  const response = await fetch(`${url}/auth/customer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: login.email, password: login.password }),
  })
  if (!response.ok) {
    throw new Error(`Customer login failed: ${response.status}`)
  }
  return ((await response.json()) as { token: string }).token
}
