/**
 * Points ledger benchmark: synthesises accounts and ledger entries in a scratch
 * database, then times balance reads (beside a plain SUM), redemptions under
 * concurrent clients, and the expiry run over every lot. Drops the database at the end.
 *
 * Usage: npm run bench:points
 * Env: BENCH_PG_URL (default postgres://postgres@localhost:5432/postgres),
 *      BENCH_ACCOUNTS (50000), BENCH_ENTRIES (1000000), BENCH_READS (500),
 *      BENCH_REDEMPTIONS (2000), BENCH_CLIENTS (20)
 */
import { Client } from "pg"

import { MEMBER_POINTS_MODULE } from "../src/module-keys"
import type MemberPointsModuleService from "../src/modules/member-points/service"
import { EXPIRY_PAGE } from "../src/jobs/expire-member-points"
import { bootPluginModule } from "./lib/module"
import { synthesiseLedger } from "./lib/ledger"
import { ms, percentile, printTable, timed } from "./lib/stats"

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 50_000)
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1_000_000)
const READS = Number(process.env.BENCH_READS ?? 500)
const REDEMPTIONS = Number(process.env.BENCH_REDEMPTIONS ?? 2000)
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20)
const ADMIN_URL =
  process.env.BENCH_PG_URL ?? "postgres://postgres@localhost:5432/postgres"
const DATABASE = `mbr_bench_points_${process.pid}`

const step = (message: string) => console.log(`· ${message}`)
const customer = (i: number) => `cus_${(i % ACCOUNTS) + 1}`

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
    const module = await bootPluginModule(
      url.toString(),
      MEMBER_POINTS_MODULE,
      "member-points"
    )
    shutdown = module.shutdown
    const service = module.service as MemberPointsModuleService

    step(`synthesising ${ACCOUNTS} accounts, ${ENTRIES} entries`)
    step(
      `synthesised in ${ms(await timed(() => synthesiseLedger(client, { accounts: ACCOUNTS, entries: ENTRIES, prefix: "cus_" })))}`
    )

    const reads: number[] = []
    const baseline: number[] = []
    for (let i = 0; i < READS; i++) {
      const id = customer(i * 97)
      reads.push(await timed(() => service.getBalances([id])))
      baseline.push(
        await timed(() =>
          client.query(
            `SELECT sum(remaining) FROM mbr_points_entry WHERE account_id = $1 AND deleted_at IS NULL AND remaining > 0`,
            [`mbrpa_${id.slice(4)}`]
          )
        )
      )
    }

    // 20 clients redeeming at once, every tenth on one shared hot account
    let failed = 0
    let next = 0
    const redeem = async () => {
      while (next < REDEMPTIONS) {
        const i = next++
        const id = i % 10 === 0 ? customer(0) : customer(i * 31)
        await service
          .debitPoints({
            customer_id: id,
            type: "redeem",
            points: 50,
            reference: "cart",
            reference_id: `bench_${i}`,
          })
          .catch(() => failed++)
      }
    }
    const redemption = await timed(() =>
      Promise.all(Array.from({ length: CLIENTS }, redeem))
    )
    const hot = (await service.getBalances([customer(0)])).get(customer(0))!

    await client.query(
      `UPDATE mbr_points_entry SET expires_at = now() - interval '1 day' WHERE remaining > 0`
    )
    const { rows } = await client.query<{ lots: string }>(
      `SELECT count(*) AS lots FROM mbr_points_entry WHERE remaining > 0`
    )
    // The floor: one plain UPDATE zeroing the same lots, rolled back (then
    // vacuumed so the run below meets a table as clean as it was)
    const floor = await timed(async () => {
      await client.query("BEGIN")
      await client.query(
        `UPDATE mbr_points_entry SET remaining = 0, updated_at = now()
         WHERE deleted_at IS NULL AND remaining > 0 AND expires_at <= now()`
      )
      await client.query("ROLLBACK")
    })
    await client.query("VACUUM mbr_points_entry")
    // Page by page as the job does, reading the touched members' balances as its
    // sync step does (the copy into the metrics rows is left out). No ANALYZE
    // after the mass update: the run must not depend on fresh statistics.
    const expiry = await timed(async () => {
      let after: string | null = ""
      while (after !== null) {
        const page = await service.expireLots(new Date(), EXPIRY_PAGE, after)
        if (page.customer_ids.length)
          await service.getBalances(page.customer_ids)
        after = page.next
      }
    })
    const { rows: left } = await client.query<{ lots: string }>(
      `SELECT count(*) AS lots FROM mbr_points_entry WHERE remaining > 0`
    )

    console.log(
      `\nentries: ${ENTRIES}, accounts: ${ACCOUNTS}, expired lots: ${rows[0].lots} (left: ${left[0].lots})\n`
    )
    printTable([
      [
        "balance read p50 (available, pending, expiring)",
        ms(percentile(reads, 50)),
        ms(percentile(baseline, 50)),
        "≤ 5 ms",
      ],
      [
        "balance read p95",
        ms(percentile(reads, 95)),
        ms(percentile(baseline, 95)),
        "",
      ],
      [
        `redemptions, ${CLIENTS} clients (${REDEMPTIONS}, ${failed} refused, hot account left ${hot.available})`,
        `${((REDEMPTIONS / redemption) * 1000).toFixed(0)} /s`,
        "",
        "",
      ],
      [
        `expiry run over ${rows[0].lots} lots (plain: one UPDATE of them)`,
        ms(expiry),
        `${ms(floor)} (×${(expiry / floor).toFixed(2)})`,
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

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
