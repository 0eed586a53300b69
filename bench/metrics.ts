/**
 * Member metrics benchmark: synthesises customers and order facts in a scratch
 * database, then times the full rebuild and per-event incremental updates,
 * each beside a plain-SQL baseline. Drops the scratch database at the end.
 *
 * Usage: npx ts-node --transpile-only bench/metrics.ts
 * Env: BENCH_PG_URL (default postgres://postgres@localhost:5432/postgres),
 *      BENCH_CUSTOMERS (100000), BENCH_ORDERS (1000000), BENCH_EVENTS (500)
 */
import { Client } from "pg"

import { runEvents } from "./lib/events"
import { bootModule } from "./lib/module"
import { ms, percentile, printTable, timed } from "./lib/stats"
import { synthesiseFacts } from "./lib/synthesise"

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000)
const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000)
const EVENTS = Number(process.env.BENCH_EVENTS ?? 500)
const ADMIN_URL =
  process.env.BENCH_PG_URL ?? "postgres://postgres@localhost:5432/postgres"
const DATABASE = `mbr_bench_${process.pid}`

const step = (message: string) => console.log(`· ${message}`)

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

    step(`synthesising ${CUSTOMERS} customers, ${ORDERS} order facts`)
    const synthesis = await timed(() =>
      synthesiseFacts(client, CUSTOMERS, ORDERS)
    )
    step(`synthesised in ${ms(synthesis)}`)

    const baselineRebuild = await timed(() =>
      client.query(`CREATE TEMP TABLE baseline AS
        SELECT customer_id, count(*), sum(total) FROM mbr_order_fact GROUP BY 1`)
    )
    const firstRebuild = await timed(() => service.rebuildAllMetrics("eur"))
    const rebuilds: number[] = []
    for (let i = 0; i < 3; i++) {
      rebuilds.push(await timed(() => service.rebuildAllMetrics("eur")))
    }
    const rebuild = percentile(rebuilds, 50)
    step(`rebuild runs: ${[firstRebuild, ...rebuilds].map(ms).join(", ")}`)

    const events = await runEvents(client, service, EVENTS)

    const { rows } = await client.query<{ count: string }>(
      "SELECT count(*) FROM mbr_customer_metrics"
    )
    console.log(`\nmetrics rows: ${rows[0].count}, events: ${EVENTS}\n`)
    printTable([
      [
        "full rebuild, first (insert)",
        ms(firstRebuild),
        ms(baselineRebuild),
        "≤ 10 s",
      ],
      [
        "full rebuild, median of 3 (update)",
        ms(rebuild),
        ms(baselineRebuild),
        "≤ 10 s",
      ],
      [
        "event p50 (upsert fact + refresh)",
        ms(percentile(events.module, 50)),
        ms(percentile(events.baseline, 50)),
        "≤ 20 ms",
      ],
      [
        "event p95 (upsert fact + refresh)",
        ms(percentile(events.module, 95)),
        ms(percentile(events.baseline, 95)),
        "",
      ],
      [
        "  of which upsert p50 / refresh p50",
        `${ms(percentile(events.upsert, 50))} / ${ms(percentile(events.refresh, 50))}`,
        "",
        "",
      ],
    ])
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
