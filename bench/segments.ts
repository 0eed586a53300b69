/**
 * Segment engine benchmark: seeds the small demo store in a throwaway
 * database (as the browser specs do) and stops its server, synthesises
 * members with order and purchase-line facts beside the demo's, derives
 * metrics (with RFM scores), then times rule counts beside hand-written SQL
 * of the same predicate, a preview, and a large segment refreshed by diff,
 * through the module. Then it starts the store again and times
 * POST /admin/segments/preview end to end over the same members. Stops the
 * store and drops the database at the end.
 *
 * Usage: npm run bench:segments
 * Env: DB_HOST / DB_PORT / DB_USERNAME / DB_PASSWORD (localhost:5432, postgres),
 *      BENCH_CUSTOMERS (100000), BENCH_ORDERS (500000), BENCH_RUNS (7),
 *      BENCH_KEEP (1: keep the database, e.g. for EXPLAIN; its name is printed)
 */
import { Client } from "pg"

import { adminToken } from "../integration-tests/e2e/support/admin-api"
import { dropThrowawayDatabase } from "../integration-tests/e2e/support/database"
import {
  freePort,
  startServer,
  stopServer,
} from "../integration-tests/e2e/support/server"
import { baseEnv, startStore } from "../integration-tests/e2e/support/store"
import type { RuleNode } from "../src/modules/member-segment/rules/types"
import { REBUILD_PURCHASE_KEYS_SQL } from "../src/modules/member-segment/sql/purchase-keys"
import {
  UNSET_RAW_METRICS,
  UNSET_RAW_VALUES,
} from "../src/modules/member-segment/sql/raw-money"
import { bootModule } from "./lib/module"
import { ms, percentile, printTable, timed } from "./lib/stats"
import { synthesiseFacts } from "./lib/synthesise"

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000)
const ORDERS = Number(process.env.BENCH_ORDERS ?? 500_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 7)

const step = (message: string) => console.log(`· ${message}`)

/** One or two lines per order, categories from a pool of 20 (each with a parent). */
const synthesiseLines = async (client: Client) => {
  await client.query(`
    INSERT INTO mbr_order_line_fact (id, order_id, line_item_id, customer_id, product_id, variant_id,
      category_ids, collection_id, quantity, net_amount, raw_net_amount, currency_code, placed_at, canceled_at)
    SELECT 'mbrol_bench_' || f.order_id || '_' || n, f.order_id, 'item_' || f.order_id || '_' || n, f.customer_id,
      'prod_' || ((hashtext(f.order_id) & 1023) + n), 'variant_' || ((hashtext(f.order_id) & 1023) + n),
      ARRAY['pcat_' || ((hashtext(f.order_id || n) & 2147483647) % 20), 'pcat_parent_' || ((hashtext(f.order_id || n) & 2147483647) % 4)],
      'pcol_' || (hashtext(f.order_id) & 7), 1, f.total / 2,
      jsonb_build_object('value', trim_scale(f.total / 2)::text, 'precision', 20),
      f.currency_code, f.placed_at, f.canceled_at
    FROM mbr_order_fact f CROSS JOIN generate_series(1, 2) n
    WHERE f.customer_id LIKE 'cus_bench_%' AND (n = 1 OR hashtext(f.order_id) % 2 = 0)`)
  for (const statement of REBUILD_PURCHASE_KEYS_SQL)
    await client.query(statement)
  await client.query("VACUUM ANALYZE mbr_order_line_fact")
  await client.query("VACUUM ANALYZE mbr_purchase_key")
}

/**
 * The shared synthesis gives every customer the same number of orders; real
 * stores are skewed (many one-time buyers, a few regulars), which is what RFM
 * scores and most rules are about. The synthetic orders are re-assigned with
 * a squared random draw and every customer gets a metrics row (some never
 * bought), created as the plugin creates one.
 */
const skewCustomers = async (client: Client) => {
  await client.query(
    `UPDATE mbr_order_fact SET customer_id = 'cus_bench_' || floor($1::int * power(random(), 2))::int
     WHERE customer_id LIKE 'cus_bench_%'`,
    [CUSTOMERS]
  )
  await client.query(
    `INSERT INTO mbr_customer_metrics (id, customer_id, ${UNSET_RAW_METRICS.join(", ")}, created_at, updated_at)
     SELECT 'mbrcm_bench_' || g, 'cus_bench_' || g, ${UNSET_RAW_VALUES}, now(), now() FROM generate_series(0, $1::int - 1) g
     ON CONFLICT DO NOTHING`,
    [CUSTOMERS]
  )
  await client.query("VACUUM ANALYZE mbr_order_fact")
}

const cutoff = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString()

/** Five representative rules, each with a hand-written SQL baseline of the same predicate. */
const RULES: {
  name: string
  rule: RuleNode
  baseline: () => [string, unknown[]]
}[] = [
  {
    name: "near-threshold AOV (60-80, paid)",
    rule: {
      all: [
        { field: "paid_order_count", op: "gte", value: 1 },
        { field: "aov", op: "gte", value: 60 },
        { field: "aov", op: "lt", value: 80 },
      ],
    },
    baseline: () => ["paid_order_count >= 1 AND aov >= 60 AND aov < 80", []],
  },
  {
    name: "RFM group = champions",
    rule: { field: "rfm_group", op: "eq", value: "champions" },
    baseline: () => ["rfm_group = 'champions'", []],
  },
  {
    name: "bought category pcat_3 in 90 days",
    rule: {
      field: "purchases",
      op: "purchased",
      value: { category_ids: ["pcat_3"], within_days: 90 },
    },
    baseline: () => [
      `EXISTS (SELECT 1 FROM mbr_purchase_key k WHERE k.customer_id = m.customer_id AND k.deleted_at IS NULL
        AND k.key = 'c:pcat_3' AND k.placed_at >= $1)`,
      [cutoff(90)],
    ],
  },
  {
    name: "dormant 180 days",
    rule: {
      all: [
        { field: "order_count", op: "gte", value: 1 },
        { field: "last_order_at", op: "before_days_ago", value: 180 },
      ],
    },
    baseline: () => ["order_count >= 1 AND last_order_at < $1", [cutoff(180)]],
  },
  {
    name: "students tag or top 10% spend, not unpaid",
    rule: {
      all: [
        {
          any: [
            { field: "tags", op: "contains", value: "students" },
            { field: "spend_percentile", op: "gte", value: 90 },
          ],
        },
        { not: { field: "unpaid_order_count", op: "gt", value: 0 } },
      ],
    },
    baseline: () => [
      "(tags @> ARRAY['students'] OR spend_percentile >= 90) AND NOT unpaid_order_count > 0",
      [],
    ],
  },
]

/** POST /admin/segments/preview, one request at a time, as the builder sends it. */
const httpPreviews = async (url: string, rule: RuleNode) => {
  const token = await adminToken(url)
  const preview = async () => {
    const response = await fetch(`${url}/admin/segments/preview`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({ rule, sample_size: 50 }),
    })
    if (!response.ok) {
      throw new Error(`preview: ${response.status} ${await response.text()}`)
    }
    return ((await response.json()) as { preview: { count: number } }).preview
  }
  await preview()
  const samples: number[] = []
  let count = 0
  for (let i = 0; i < RUNS; i++) {
    samples.push(await timed(async () => (count = (await preview()).count)))
  }
  return { p50: percentile(samples, 50), count }
}

async function main() {
  const state = await startStore((line) => step(line))
  await stopServer(state.pgid)
  const url = state.database.DATABASE_URL
  const client = new Client({ connectionString: url })
  let shutdown: () => Promise<void> = async () => undefined
  let server: { url: string; pgid: number } | undefined
  try {
    await client.connect()
    const module = await bootModule(url)
    shutdown = module.shutdown
    const { service } = module

    step(
      `synthesising ${CUSTOMERS} customers, ${ORDERS} order facts and their lines`
    )
    step(
      `synthesised in ${ms(
        await timed(async () => {
          await synthesiseFacts(client, CUSTOMERS, ORDERS)
          await skewCustomers(client)
          await synthesiseLines(client)
        })
      )}`
    )
    const rebuild = await timed(() => service.rebuildAllMetrics("eur"))
    await client.query(
      `UPDATE mbr_customer_metrics SET tags = ARRAY['students'] WHERE hashtext(customer_id) % 10 = 0`
    )
    await client.query("VACUUM ANALYZE mbr_customer_metrics")
    const rescore = await timed(() => service.rescoreRfm())
    // as autovacuum would after a mass update (index-only scans need the visibility map)
    await client.query("VACUUM ANALYZE mbr_customer_metrics")
    step(
      `metrics rebuild (incl. RFM) ${ms(rebuild)}, RFM rescoring alone ${ms(rescore)}`
    )
    const groups = await client.query(
      "SELECT coalesce(rfm_group, '(no orders)') AS name, count(*)::int AS n FROM mbr_customer_metrics GROUP BY 1 ORDER BY 2 DESC"
    )
    step(
      `RFM groups: ${groups.rows.map((row) => `${row.name} ${row.n}`).join(", ")}`
    )

    const rows: [string, string, string, string][] = []
    for (const { name, rule, baseline } of RULES) {
      const engine: number[] = []
      const plain: number[] = []
      let counts: [number, number] = [0, 0]
      for (let i = 0; i < RUNS; i++) {
        const [where, params] = baseline()
        let base = 0
        plain.push(
          await timed(async () => {
            // as the engine runs it: one transaction with JIT off (see countRule)
            await client.query("BEGIN")
            await client.query("SET LOCAL jit = off")
            const {
              rows: [row],
            } = await client.query(
              `SELECT count(*)::int AS count, coalesce(sum(m.total_spent), 0)::float8 AS revenue
             FROM mbr_customer_metrics m WHERE m.deleted_at IS NULL AND ${where}`,
              params
            )
            await client.query("COMMIT")
            base = row.count
          })
        )
        let mine = 0
        engine.push(
          await timed(async () => {
            mine = (await service.countRule(rule)).count
          })
        )
        counts = [mine, base]
      }
      if (counts[0] !== counts[1])
        throw new Error(
          `${name}: engine counted ${counts[0]}, baseline ${counts[1]}`
        )
      const p50 = percentile(engine, 50)
      const b50 = percentile(plain, 50)
      rows.push([
        `count p50: ${name} (${counts[0]})`,
        ms(p50),
        `${ms(b50)} (×${(p50 / b50).toFixed(2)})`,
        "≤ 250 ms, ≤ 1.3×",
      ])
    }

    const previews: number[] = []
    for (let i = 0; i < RUNS; i++) {
      previews.push(
        await timed(() => service.previewRule(RULES[0].rule, { limit: 50 }))
      )
    }
    rows.push([
      "preview p50 (count, totals, sample 50; module, no HTTP)",
      ms(percentile(previews, 50)),
      "-",
      "≤ 400 ms (HTTP)",
    ])

    const big: RuleNode = { field: "spend_percentile", op: "gte", value: 80 }
    const segment = await service.createSegments({
      name: "bench",
      rule: big as unknown as Record<string, unknown>,
    })
    const first = await timed(() =>
      service.refreshSegmentMembers(segment.id, big)
    )
    const [{ count }] = (
      await client.query(
        "SELECT count(*)::int AS count FROM mbr_segment_member"
      )
    ).rows
    await client.query(`UPDATE mbr_customer_metrics SET spend_percentile = CASE WHEN spend_percentile >= 80 THEN 10 ELSE 95 END
      WHERE hashtext(customer_id) % 100 = 0`)
    let diff = { entered: [] as string[], exited: [] as string[] }
    const second = await timed(async () => {
      diff = await service.refreshSegmentMembers(segment.id, big)
    })
    const unchanged = await timed(() =>
      service.refreshSegmentMembers(segment.id, big)
    )
    rows.push([
      `segment refresh, first (${count} entries)`,
      ms(first),
      "-",
      "≤ 10 s at 200k",
    ])
    rows.push([
      `segment refresh by diff (+${diff.entered.length} / -${diff.exited.length})`,
      ms(second),
      "-",
      "≤ 10 s at 200k",
    ])
    rows.push(["segment refresh, nothing changed", ms(unchanged), "-", "-"])

    await shutdown()
    shutdown = async () => undefined
    step("starting the store again for the HTTP preview")
    server = await startServer(baseEnv(state.database), await freePort())
    const http = await httpPreviews(server.url, RULES[0].rule)
    rows.push([
      `preview p50, POST /admin/segments/preview end to end (${http.count})`,
      ms(http.p50),
      "-",
      "≤ 400 ms",
    ])

    const {
      rows: [{ members }],
    } = await client.query(
      "SELECT count(*)::int AS members FROM mbr_customer_metrics"
    )
    console.log(
      `\nmembers: ${members}, order facts: ${ORDERS}, runs per measure: ${RUNS}\n`
    )
    printTable(rows)
  } finally {
    await shutdown()
    await client.end()
    if (server) await stopServer(server.pgid)
    if (process.env.BENCH_KEEP === "1") {
      step(`kept database ${state.database.DB_NAME}`)
    } else await dropThrowawayDatabase(state.database)
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
