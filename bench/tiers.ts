/**
 * Tier what-if benchmark: synthesises members and order facts in a scratch
 * database, then times the SQL behind POST /admin/tiers/preview (previewTiers)
 * for a four-rung ladder by spend over 365 days over every member, beside a
 * plain-SQL baseline (one aggregation of 365-day spend per customer). Then
 * it times re-evaluating every member after a ladder change in this
 * repository's dev host (`medusa exec`, every module and subscriber real):
 * the ladder is saved through save-member-tier before the members exist, the
 * members are placed on it in SQL (tier, group, metrics copy), then Gold's
 * threshold is lowered through save-member-tier and the clock runs until the
 * stored re-evaluation its subscriber starts has completed; beside one plain
 * SQL UPDATE of the same assignment (rolled back). Drops the scratch
 * database at the end.
 *
 * Usage: npm run bench:tiers
 * Env: BENCH_PG_URL (default postgres://postgres@localhost:5432/postgres),
 *      BENCH_CUSTOMERS (100000), BENCH_ORDERS (500000)
 */
import { Client } from "pg"

import { run } from "../integration-tests/e2e/support/commands"
import { MEDUSA, ROOT } from "../integration-tests/e2e/support/paths"
import { ASSIGN_TIERS_SQL, TIER_FOLLOW_UP_SQL } from "./lib/assignment"
import { bootModule } from "./lib/module"
import { ms, percentile, printTable, timed } from "./lib/stats"
import { synthesiseFacts, synthesiseMembers } from "./lib/synthesise"

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000)
const ORDERS = Number(process.env.BENCH_ORDERS ?? 500_000)
const ADMIN_URL =
  process.env.BENCH_PG_URL ?? "postgres://postgres@localhost:5432/postgres"
const DATABASE = `mbr_bench_tiers_${process.pid}`
const RUNS = 5

const step = (message: string) => console.log(`· ${message}`)

type Reevaluation = {
  change: { ms: number; status: string; processed: number; moved: number }
  baseline: { ms: number; changed: number }
}

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
  const env = {
    ...process.env,
    DATABASE_URL: url.toString(),
    MEMBERSHIP_CURRENCY: "eur",
    NODE_ENV: "test",
    LOG_LEVEL: process.env.LOG_LEVEL || "error",
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
  try {
    await client.connect()
    step("migrating the dev host's schema (Medusa and the plugin)")
    await run(MEDUSA, ["db:migrate"], {
      cwd: ROOT,
      env,
      log: "bench-tiers-migrate",
    })
    const exec = (phase: string) =>
      run(MEDUSA, ["exec", "./bench/lib/reevaluate.ts", phase], {
        cwd: ROOT,
        env,
        log: `bench-tiers-${phase}`,
      })
    step("dev host: saving a four-tier ladder (spend 0 / 200 / 500 / 900)")
    await exec("ladder")
    const module = await bootModule(url.toString())
    shutdown = module.shutdown
    const { service } = module
    step(`synthesising ${CUSTOMERS} members, ${ORDERS} order facts`)
    await synthesiseFacts(client, CUSTOMERS, ORDERS)
    await service.rebuildAllMetrics("eur")
    await synthesiseMembers(client, CUSTOMERS)
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
    step(
      `what-if members per rank: ${rows.map((r) => `${r.rank}: ${r.members}`).join(", ")}; up ${rows.reduce((s, r) => s + r.up, 0)}, down ${rows.reduce((s, r) => s + r.down, 0)}`
    )
    // members placed on the saved ladder, as its re-evaluation leaves them
    const { rows: ladder } = await client.query(
      "SELECT id, rank, threshold FROM mbr_tier WHERE deleted_at IS NULL"
    )
    const now = new Date().toISOString()
    let binding = 0
    await client.query(
      ASSIGN_TIERS_SQL.replace(/\?/g, () => `$${++binding}`),
      [JSON.stringify(ladder), now, now]
    )
    for (const sql of TIER_FOLLOW_UP_SQL) await client.query(sql)
    await client.query("VACUUM ANALYZE mbr_membership")
    await shutdown()
    shutdown = async () => undefined
    step("dev host: Gold 500 -> 400, every member re-evaluated")
    const output = await exec("change")
    const line = output.match(/^BENCH_RESULT=(.+)$/m)?.[1]
    if (!line) throw new Error("The re-evaluation script printed no result")
    const { change, baseline } = JSON.parse(line) as Reevaluation
    if (change.status !== "completed") {
      throw new Error(`The re-evaluation ended ${change.status}`)
    }
    console.log(`\nmembers: ${CUSTOMERS}, facts: ${ORDERS}, runs: ${RUNS}\n`)
    printTable([
      [
        `what-if (4 tiers) over ${CUSTOMERS} members, p50`,
        ms(percentile(previews, 50)),
        ms(percentile(baselines, 50)),
        "≤ 2 s",
      ],
      [
        `re-evaluating ${change.processed} members after a ladder change (${change.moved} moved; SQL: ${baseline.changed} rows)`,
        ms(change.ms),
        ms(baseline.ms),
        "≤ 30 s",
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
