/**
 * Segment engine benchmark: synthesises members with order and purchase-line
 * facts in a scratch database, derives metrics (with RFM scores), then times
 * rule counts beside hand-written SQL of the same predicate, a preview, and a
 * large segment refreshed by diff. Drops the scratch database at the end.
 *
 * Usage: npm run bench:segments
 * Env: BENCH_PG_URL (default postgres://postgres@localhost:5432/postgres),
 *      BENCH_CUSTOMERS (100000), BENCH_ORDERS (500000), BENCH_RUNS (7),
 *      BENCH_KEEP (1: keep the scratch database, e.g. for EXPLAIN; its name is printed)
 */
import { Client } from "pg"

import type { RuleNode } from "../src/modules/member-segment/rules/types"
import { bootModule } from "./lib/module"
import { ms, percentile, printTable, timed } from "./lib/stats"
import { synthesiseFacts } from "./lib/synthesise"

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000)
const ORDERS = Number(process.env.BENCH_ORDERS ?? 500_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const ADMIN_URL =
  process.env.BENCH_PG_URL ?? "postgres://postgres@localhost:5432/postgres"
const DATABASE = `mbr_bench_segments_${process.pid}`

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
    WHERE n = 1 OR hashtext(f.order_id) % 2 = 0`)
  await client.query("VACUUM ANALYZE mbr_order_line_fact")
}

/**
 * The shared synthesis gives every customer the same number of orders; real
 * stores are skewed (many one-time buyers, a few regulars), which is what RFM
 * scores and most rules are about. Orders are re-assigned with a squared
 * random draw and every customer gets a metrics row (some never bought).
 */
const skewCustomers = async (client: Client) => {
  await client.query(
    `UPDATE mbr_order_fact SET customer_id = 'cus_bench_' || floor($1::int * power(random(), 2))::int`,
    [CUSTOMERS]
  )
  await client.query(
    `INSERT INTO mbr_customer_metrics (id, customer_id, created_at, updated_at)
     SELECT 'mbrcm_bench_' || g, 'cus_bench_' || g, now(), now() FROM generate_series(0, $1::int - 1) g
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
      `EXISTS (SELECT 1 FROM mbr_order_line_fact l WHERE l.customer_id = m.customer_id AND l.deleted_at IS NULL
        AND l.canceled_at IS NULL AND l.category_ids && ARRAY['pcat_3'] AND l.placed_at >= $1)`,
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
            const {
              rows: [row],
            } = await client.query(
              `SELECT count(*)::int AS count, coalesce(sum(m.total_spent), 0)::float8 AS revenue
             FROM mbr_customer_metrics m WHERE m.deleted_at IS NULL AND ${where}`,
              params
            )
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
    if (process.env.BENCH_KEEP === "1") step(`kept database ${DATABASE}`)
    else await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
    await admin.end()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
