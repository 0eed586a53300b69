import type { Client } from "pg"

/**
 * A points ledger for benchmarks: one account per customer `<prefix><n>`
 * (n = 1..accounts), and lots earned over two years, a third spent, the rest
 * expiring over the next two years.
 */
export async function synthesiseLedger(
  client: Client,
  {
    accounts,
    entries,
    prefix,
  }: { accounts: number; entries: number; prefix: string }
) {
  await client.query(
    `INSERT INTO mbr_points_account (id, customer_id, checkin_streak, created_at, updated_at)
     SELECT 'mbrpa_' || g, $2 || g, 0, now(), now() FROM generate_series(1, $1) g`,
    [accounts, prefix]
  )
  await client.query(
    `INSERT INTO mbr_points_entry (id, account_id, customer_id, type, points, remaining,
       available_at, expires_at, reference, reference_id, earn_rate, shortfall, created_at, updated_at)
     SELECT 'mbrpe_' || g, 'mbrpa_' || (g % $2 + 1), $3 || (g % $2 + 1), 'earn', 100,
       CASE WHEN g % 3 = 0 THEN 0 ELSE 100 END, now() - interval '30 days',
       now() + make_interval(days => (g % 700) + 1), 'order', 'o' || g, 1, 0,
       now() - make_interval(days => g % 700), now()
     FROM generate_series(1, $1) g`,
    [entries, accounts, prefix]
  )
  await client.query("ANALYZE mbr_points_entry")
  await client.query("ANALYZE mbr_points_account")
}
