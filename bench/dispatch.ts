/**
 * Reminder benchmark. In a scratch database: the daily audience scans over
 * 100k members (dormant, birthday, holiday, honeymoon, review request, unpaid,
 * points expiring over a synthetic ledger of 10 lots per member),
 * each beside a plain count over the same table; then the dispatcher pushing
 * messages through consent and cap checks to a local Resend stand-in, beside a
 * plain loop posting to the stand-in directly (same concurrency).
 *
 * Usage: npm run bench:dispatch
 * Env: BENCH_PG_URL (default postgres://postgres@localhost:5432/postgres; honours DB_HOST/DB_PORT),
 *      BENCH_CUSTOMERS (100000), BENCH_ORDERS (1000000), BENCH_MESSAGES (5000),
 *      BENCH_LANES (batches in flight, 2), BENCH_BATCH (batch size, 200)
 */
import { Client } from "pg"

import type {
  ICustomerModuleService,
  INotificationModuleService,
} from "@medusajs/framework/types"
import {
  MEMBER_CAMPAIGN_MODULE,
  MEMBER_POINTS_MODULE,
  MEMBER_SEGMENT_MODULE,
  MEMBER_TIER_MODULE,
} from "../src/module-keys"
import type MemberCampaignModuleService from "../src/modules/member-campaign/service"
import type MemberPointsModuleService from "../src/modules/member-points/service"
import type MemberSegmentModuleService from "../src/modules/member-segment/service"
import type MemberTierModuleService from "../src/modules/member-tier/service"
import type { AudienceQuery } from "../src/modules/member-segment/types"
import { dispatchDue } from "../src/workflows/member-reminders/dispatch/dispatch-due"
import type { DispatchSummary } from "../src/workflows/member-reminders/dispatch/types"
import { inPool } from "./lib/pool"
import { toReminderMessages } from "../src/workflows/member-reminders/to-messages"
import { bootApp } from "./lib/app"
import { ms, printTable, timed } from "./lib/stats"
import { synthesiseLedger } from "./lib/ledger"
import { startStandIn } from "./lib/stand-in"
import { synthesiseFacts } from "./lib/synthesise"

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000)
const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000)
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 5000)
const defaultUrl = `postgres://${process.env.DB_USERNAME ?? "postgres"}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}/postgres`
const ADMIN_URL = process.env.BENCH_PG_URL ?? defaultUrl
const DATABASE = `mbr_bench_dispatch_${process.pid}`
const LANES = Number(process.env.BENCH_LANES ?? 2)
const step = (message: string) => console.log(`· ${message}`)

/** Every metrics row gets a profile: signup, a birthday spread over the year. */
const PROFILES_SQL = `
UPDATE mbr_customer_metrics SET signup_at = now() - interval '3 years',
  birthday_month = 1 + (abs(hashtext(customer_id)) % 12), birthday_day = 1 + (abs(hashtext(customer_id || 'day')) % 28),
  email = customer_id || '@bench.test', email_consent = true`

async function benchScans(
  client: Client,
  segments: MemberSegmentModuleService,
  points: MemberPointsModuleService
) {
  const now = new Date()
  const scans: [string, AudienceQuery, string][] = [
    [
      "dormant (90 days)",
      { kind: "dormant_members", now, after_days: 90, within_days: 365 },
      "mbr_customer_metrics",
    ],
    [
      "birthday (today)",
      {
        kind: "birthdays",
        days: [{ month: now.getMonth() + 1, day: Math.min(now.getDate(), 28) }],
        reference: "b",
      },
      "mbr_customer_metrics",
    ],
    [
      "holiday (all members)",
      { kind: "all_members", reference: "h" },
      "mbr_customer_metrics",
    ],
    [
      "honeymoon (7 days)",
      { kind: "first_delivered_orders", now, after_days: 7, within_days: 7 },
      "mbr_order_fact",
    ],
    [
      "review request (10 days)",
      { kind: "delivered_orders", now, after_days: 10, within_days: 7 },
      "mbr_order_fact",
    ],
    [
      "unpaid orders (24 h)",
      { kind: "unpaid_orders", now, after_hours: 24, within_days: 7 },
      "mbr_order_fact",
    ],
  ]
  const rows: [string, string, string, string][] = []
  for (const [name, query, table] of scans) {
    let selected = 0
    const took = await timed(async () => {
      selected = (await segments.selectReminderAudience(query)).length
    })
    const baseline = await timed(() =>
      client.query(`SELECT count(*) FROM ${table}`)
    )
    rows.push([
      `scan: ${name}, ${selected} selected`,
      ms(took),
      ms(baseline),
      "≤ 10 s",
    ])
  }
  let expiring = 0
  const took = await timed(async () => {
    expiring = (await points.listExpiringSoon({ now, within_days: 30 })).length
  })
  const baseline = await timed(() =>
    client.query(`SELECT count(*) FROM mbr_points_entry`)
  )
  rows.push([
    `scan: points expiring (30 days), ${expiring} selected`,
    ms(took),
    ms(baseline),
    "≤ 10 s",
  ])
  return rows
}

async function seedMessages(modules: Record<string, unknown>) {
  const customers = modules.customer as ICustomerModuleService
  const tiers = modules[MEMBER_TIER_MODULE] as MemberTierModuleService
  const campaigns = modules[
    MEMBER_CAMPAIGN_MODULE
  ] as MemberCampaignModuleService
  const ids: string[] = []
  for (let start = 0; start < MESSAGES; start += 1000) {
    const batch = Array.from(
      { length: Math.min(1000, MESSAGES - start) },
      (_, i) => ({
        email: `member${start + i}@bench.test`,
        first_name: `Member ${start + i}`,
      })
    )
    const created = await customers.createCustomers(batch)
    ids.push(...created.map((c) => c.id))
  }
  await tiers.ensureMemberships(
    ids.map((id, i) => ({
      customer_id: id,
      joined_at: new Date(),
      email_consent: i % 10 !== 0,
    }))
  )
  await campaigns.ensureReminderRules([
    {
      key: "holiday",
      enabled: true,
      params: { holidays: [] },
      channels: ["email"],
    },
  ])
  const rows = ids.map((customer_id) => ({
    customer_id,
    reference: "bench",
    data: { holiday_names: { en: "Bench Day", "zh-CN": "测试日" } },
  }))
  await campaigns.enqueueMessages(
    toReminderMessages("holiday", ["email"], rows, new Date(Date.now() - 1000))
  )
  return ids.length
}

async function main() {
  const admin = new Client({ connectionString: ADMIN_URL })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${DATABASE}`)
  const url = new URL(ADMIN_URL)
  url.pathname = `/${DATABASE}`
  const client = new Client({ connectionString: url.toString() })
  const standIn = await startStandIn()
  let shutdown: () => Promise<void> = async () => undefined
  try {
    await client.connect()
    const app = await bootApp(url.toString(), standIn.url, {
      quietHours: null,
      dispatchBatchSize: Number(process.env.BENCH_BATCH ?? 200),
      dispatchConcurrency: LANES,
    })
    shutdown = app.shutdown
    const segments = app.modules[
      MEMBER_SEGMENT_MODULE
    ] as unknown as MemberSegmentModuleService
    step(`synthesising ${CUSTOMERS} members, ${ORDERS} order facts`)
    await synthesiseFacts(client, CUSTOMERS, ORDERS)
    await segments.rebuildAllMetrics("eur")
    await client.query(PROFILES_SQL)
    await client.query(
      "UPDATE mbr_order_fact SET delivered_at = placed_at + interval '3 days' WHERE paid_at IS NOT NULL"
    )
    await client.query("VACUUM ANALYZE mbr_customer_metrics")
    await client.query("VACUUM ANALYZE mbr_order_fact")
    // about 10 lots per member, as bench:points does
    await synthesiseLedger(client, {
      accounts: CUSTOMERS,
      entries: CUSTOMERS * 10,
      prefix: "cus_bench_",
    })
    const scanRows = await benchScans(
      client,
      segments,
      app.modules[MEMBER_POINTS_MODULE] as unknown as MemberPointsModuleService
    )

    step(`queueing ${MESSAGES} messages (90% with consent)`)
    const queued = await seedMessages(app.modules)
    const deps = {
      campaigns: app.modules[
        MEMBER_CAMPAIGN_MODULE
      ] as unknown as MemberCampaignModuleService,
      tiers: app.modules[
        MEMBER_TIER_MODULE
      ] as unknown as MemberTierModuleService,
      customers: app.modules.customer as unknown as ICustomerModuleService,
      notifications: app.modules
        .notification as unknown as INotificationModuleService,
      logger: console as never,
      storeName: "Bench Store",
      secret: "bench-secret-bench-secret-bench-secret",
    }
    let summary: DispatchSummary | undefined
    const dispatch = await timed(async () => {
      summary = await dispatchDue(deps, new Date(), Number.MAX_SAFE_INTEGER)
    })
    const { sent, suppressed } = summary!
    const posts = Array.from({ length: sent }, (_, i) => i)
    const baseline = await timed(() =>
      inPool(posts, 16, (i) =>
        fetch(`${standIn.url}/emails`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            authorization: "Bearer re_bench",
            "idempotency-key": `plain_${i}`,
          },
          body: JSON.stringify({
            from: "b@x.test",
            to: [`m${i}@bench.test`],
            subject: "Hi",
            text: "Hi",
          }),
        }).then((r) => r.json())
      )
    )
    // the floor under the dispatcher: the Notification module alone, same batch size
    const notifications = app.modules
      .notification as unknown as INotificationModuleService
    const moduleOnly = await timed(async () => {
      for (let start = 0; start < sent; start += 250) {
        await notifications.createNotifications(
          posts.slice(start, start + 250).map((i) => ({
            to: `m${i}@bench.test`,
            channel: "email",
            template: "bench",
            idempotency_key: `module_${i}`,
            content: { subject: "Hi", text: "Hi" },
          }))
        )
      }
    })
    const rate = (count: number, took: number) => count / (took / 1000)
    console.log(
      `\nmembers: ${CUSTOMERS}, facts: ${ORDERS}, messages queued: ${queued} (sent ${sent}, suppressed ${suppressed}: no consent)\n`
    )
    printTable([
      ...scanRows,
      [
        `dispatcher (${LANES} lanes): ${queued} messages through consent + caps + render + send`,
        `${rate(queued, dispatch).toFixed(0)} msg/s (${ms(dispatch)})`,
        `${rate(sent, baseline).toFixed(0)} msg/s plain loop (${ms(baseline)})`,
        "≥ 500 msg/s",
      ],
      [
        "  Notification module alone (createNotifications, batches of 250)",
        `${rate(sent, moduleOnly).toFixed(0)} msg/s (${ms(moduleOnly)})`,
        "",
        "",
      ],
      [
        "  ratio dispatcher / plain loop",
        (rate(queued, dispatch) / rate(sent, baseline)).toFixed(2),
        "",
        "",
      ],
    ])
  } finally {
    await shutdown()
    await standIn.close()
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
