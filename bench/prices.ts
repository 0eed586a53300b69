/**
 * Member price benchmark: seeds the small demo store in a throwaway database,
 * starts the host store with the built plugin (as the browser specs do), adds
 * the demo tier ladder with member prices, then drives with autocannon, in
 * the same run and with the same load, GET /store/member-prices for one
 * product's variants beside Medusa's own GET /store/products/:id with
 * calculated prices: anonymous, and as a signed-in VIP member (the
 * personalised path). Stops the store and drops the database at the end.
 *
 * Usage: npm run bench:prices
 * Env: DB_HOST / DB_PORT / DB_USERNAME / DB_PASSWORD (localhost:5432, postgres),
 *      BENCH_CONNECTIONS (10), BENCH_SECONDS (12, per route and audience, in
 *      BENCH_ROUNDS (4) alternating slices), BENCH_WARMUP_SECONDS (3)
 */
import { startStore, stopStore } from "../integration-tests/e2e/support/store"
import { customerToken, seedTierDemo, storefrontFixture } from "./lib/host"
import { load, summarise, type LoadResult } from "./lib/load"
import { ms, printTable } from "./lib/stats"

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 12)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4)
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3)
const CURRENCY = "eur"
const MEMBER_TIER = "VIP"
const GOAL = 1.2

const step = (message: string) => console.log(`· ${message}`)

type Priced = { variant_id: string; calculated_price: number | null }
type ProductPrices = {
  product: {
    variants: {
      id: string
      calculated_price: { calculated_amount: number | null } | null
    }[]
  }
}

/** Both routes must answer the same calculated prices, or the race is unfair. */
const samePrices = async (
  pluginUrl: string,
  productUrl: string,
  headers: Record<string, string>
) => {
  const [plugin, medusa] = await Promise.all(
    [pluginUrl, productUrl].map(async (url) => {
      const response = await fetch(url, { headers })
      if (!response.ok) {
        throw new Error(`${url}: ${response.status} ${await response.text()}`)
      }
      return response.json()
    })
  )
  const ours = new Map(
    (plugin as { prices: Priced[] }).prices.map((p) => [
      p.variant_id,
      p.calculated_price,
    ])
  )
  const theirs = (medusa as ProductPrices).product.variants
  for (const variant of theirs) {
    const expected = variant.calculated_price?.calculated_amount ?? null
    if (ours.get(variant.id) !== expected) {
      throw new Error(
        `variant ${variant.id}: member-prices says ${ours.get(variant.id)}, the product route ${expected}`
      )
    }
  }
  return theirs.map((v) => v.calculated_price?.calculated_amount ?? null)
}

/**
 * Both routes under the same load, in alternating slices (ABBA...) so that
 * whatever else the machine does weighs on both alike.
 */
const race = async (
  pluginUrl: string,
  productUrl: string,
  headers: Record<string, string>
) => {
  const warm = { connections: CONNECTIONS, seconds: WARMUP_SECONDS }
  await load(pluginUrl, headers, warm)
  await load(productUrl, headers, warm)
  const slice = { connections: CONNECTIONS, seconds: SECONDS / ROUNDS }
  const plugin: LoadResult[] = []
  const medusa: LoadResult[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const order: [string, LoadResult[]][] = [
      [pluginUrl, plugin],
      [productUrl, medusa],
    ]
    if (round % 2) order.reverse()
    for (const [url, into] of order) into.push(await load(url, headers, slice))
  }
  return { plugin: summarise(plugin), medusa: summarise(medusa) }
}

type Summary = ReturnType<typeof summarise>

const rows = (
  label: string,
  { plugin, medusa }: { plugin: Summary; medusa: Summary }
): [string, string, string, string][] => [
  [`${label}, p50`, ms(plugin.p50), ms(medusa.p50), ""],
  [`${label}, p95`, ms(plugin.p95), ms(medusa.p95), ""],
  [
    `${label}, req/s`,
    plugin.perSecond.toFixed(1),
    medusa.perSecond.toFixed(1),
    "",
  ],
  [
    `${label}, p50 ratio (plugin / Medusa)`,
    `${(plugin.p50 / medusa.p50).toFixed(2)}×`,
    "1.00×",
    `≤ ${GOAL}`,
  ],
]

async function main() {
  const state = await startStore((line) => step(line))
  try {
    step("tier ladder, member prices and storefront logins")
    const logins = await seedTierDemo(state)
    const login = logins.find((l) => l.tier === MEMBER_TIER)
    if (!login) throw new Error(`The demo made no ${MEMBER_TIER} login`)
    const { key, region, product } = await storefrontFixture(
      state.url,
      CURRENCY,
      MEMBER_TIER
    )
    const variants = product.variants
      .map((v) => `variant_id[]=${encodeURIComponent(v.id)}`)
      .join("&")
    const pluginUrl = `${state.url}/store/member-prices?${variants}&region_id=${region}`
    const productUrl = `${state.url}/store/products/${product.id}?region_id=${region}&fields=*variants.calculated_price`
    const anonymous = { "x-publishable-api-key": key }
    const member = {
      ...anonymous,
      authorization: `Bearer ${await customerToken(state.url, login)}`,
    }
    const regular = await samePrices(pluginUrl, productUrl, anonymous)
    const vip = await samePrices(pluginUrl, productUrl, member)
    step(
      `product ${product.id}, ${product.variants.length} variants: regular ${regular.join(", ")}; ${MEMBER_TIER} ${vip.join(", ")}`
    )
    step(`anonymous: ${SECONDS} s per route`)
    const anonymousRace = await race(pluginUrl, productUrl, anonymous)
    step(`${MEMBER_TIER} member (${login.email}): ${SECONDS} s per route`)
    const memberRace = await race(pluginUrl, productUrl, member)
    console.log(
      `\nconnections: ${CONNECTIONS}, ${SECONDS} s per route and audience in ${ROUNDS} alternating slices (after ${WARMUP_SECONDS} s warm-up), ${product.variants.length} variant(s)\n`
    )
    printTable(
      [
        ...rows("anonymous", anonymousRace),
        ...rows(`${MEMBER_TIER} member`, memberRace),
      ],
      ["measure", "GET /store/member-prices", "GET /store/products/:id", "goal"]
    )
  } finally {
    await stopStore(state)
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
