/**
 * Tier what-if benchmark: synthesises members and order facts in a scratch
 * database, then times the SQL behind POST /admin/tiers/preview (previewTiers)
 * for a four-rung ladder by spend over 365 days over every member, beside a
 * plain-SQL baseline (one aggregation of 365-day spend per customer).
 * Drops the scratch database at the end.
 *
 * Usage: npm run bench:tiers
 * Env: BENCH_PG_URL (default postgres://postgres@localhost:5432/postgres),
 *      BENCH_CUSTOMERS (100000), BENCH_ORDERS (500000)
 */
import { Client } from "pg"

import { bootModule } from "./lib/module"
import { ms, percentile, printTable, timed } from "./lib/stats"
import { synthesiseFacts } from "./lib/synthesise"

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000)
const ORDERS = Number(process.env.BENCH_ORDERS ?? 500_000)
const ADMIN_URL =
  process.env.BENCH_PG_URL ?? "postgres://postgres@localhost:5432/postgres"
const DATABASE = `mbr_bench_tiers_${process.pid}`
const RUNS = 5

const step = (message: string) => console.log(`· ${message}`)

const KEY = "spend:rolling:365"
const MEASURES = [
  { key: KEY, basis: "spend" as const, window: "rolling" as const, days: 365 },
]
const LADDER = [0, 200, 500, 900].map((threshold, rank) => ({
  rank,
  key: KEY,
  threshold,
}))

async function main() {
  const admin = new Client({ connectionString: ADMIN_URL })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${DATABASE}`)
  const url = new URL(ADMIN_URL)
  url.pathname = `/${DATABASE}`
  const client = new Client({ connectionString: url.toString() })
  let shutdown: () => Promise<void> = async () => undefined
  try {
    await client.connect()
    const module = await bootModule(url.toString())
    shutdown = module.shutdown
    const { service } = module
    step(`synthesising ${CUSTOMERS} members, ${ORDERS} order facts`)
    await synthesiseFacts(client, CUSTOMERS, ORDERS)
    await service.rebuildAllMetrics("eur")
    // members hold a tier rank now, so the preview has moves to count
    await client.query(
      `UPDATE mbr_customer_metrics SET stage = 'repeat', tier_rank = abs(hashtext(customer_id)) % 4`
    )
    await client.query("ANALYZE")
    const baselines: number[] = []
    const previews: number[] = []
    let rows: Awaited<ReturnType<typeof service.previewTiers>> = []
    for (let i = 0; i < RUNS; i++) {
      baselines.push(
        await timed(() =>
          client.query(`SELECT customer_id, sum(greatest(paid_total - refunded_total, 0))
            FROM mbr_order_fact WHERE paid_at IS NOT NULL AND canceled_at IS NULL
              AND placed_at > now() - interval '365 days'
            GROUP BY customer_id`)
        )
      )
      previews.push(
        await timed(async () => {
          rows = await service.previewTiers({
            measures: MEASURES,
            ladder: LADDER,
            currency_code: "eur",
            now: new Date(),
          })
        })
      )
    }
    console.log(`\nmembers: ${CUSTOMERS}, facts: ${ORDERS}, runs: ${RUNS}\n`)
    printTable([
      [
        `what-if (4 tiers) over ${CUSTOMERS} members, p50`,
        ms(percentile(previews, 50)),
        ms(percentile(baselines, 50)),
        "≤ 2 s",
      ],
    ])
    step(
      `members per rank: ${rows.map((r) => `${r.rank}: ${r.members}`).join(", ")}; up ${rows.reduce((s, r) => s + r.up, 0)}, down ${rows.reduce((s, r) => s + r.down, 0)}`
    )
  } finally {
    await shutdown()
    await client.end()
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
    await admin.end()
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
