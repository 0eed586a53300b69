import type { Client } from "pg"

const raw = (expression: string) =>
  `jsonb_build_object('value', trim_scale(${expression})::text, 'precision', 20)`

/**
 * customers x orders facts, set-based: ~95% EUR, ~85% paid, ~5% canceled,
 * ~10% partly refunded, placed within the last two years.
 */
export const synthesiseFacts = async (
  client: Client,
  customers: number,
  orders: number
) => {
  await client.query(
    `
    INSERT INTO mbr_order_fact (
      id, order_id, customer_id, currency_code, country_code,
      item_subtotal, shipping_total, discount_total, total, paid_total, refunded_total,
      raw_item_subtotal, raw_shipping_total, raw_discount_total, raw_total,
      raw_paid_total, raw_refunded_total,
      returned_item_count, placed_at, paid_at, canceled_at)
    SELECT 'mbrof_bench_' || g, 'order_bench_' || g, 'cus_bench_' || (g % $1),
      o.currency, o.country,
      o.total, 0, 0, o.total, o.paid, o.refunded,
      ${raw("o.total")}, ${raw("0")}, ${raw("0")}, ${raw("o.total")},
      ${raw("o.paid")}, ${raw("o.refunded")},
      o.returned, o.placed_at,
      CASE WHEN o.paid > 0 THEN o.placed_at + interval '1 hour' END,
      CASE WHEN o.r < 0.05 THEN o.placed_at + interval '2 hours' END
    FROM generate_series(1, $2::int) AS g
    CROSS JOIN LATERAL (
      SELECT t.*, CASE WHEN t.r < 0.85 THEN t.total ELSE 0 END AS paid,
        CASE WHEN t.r < 0.10 THEN round(t.total * 0.3, 2) ELSE 0 END AS refunded
      FROM (
        SELECT random() AS r, round((5 + random() * 295)::numeric, 2) AS total,
          CASE WHEN g % 20 = 0 THEN 'usd' ELSE 'eur' END AS currency,
          (ARRAY['de', 'fr', 'nl', 'us'])[1 + g % 4] AS country,
          CASE WHEN g % 25 = 0 THEN 1 ELSE 0 END AS returned,
          now() - random() * interval '730 days' AS placed_at
      ) t
    ) o`,
    [customers, orders]
  )
  await client.query("VACUUM ANALYZE mbr_order_fact")
}

/**
 * The customers the facts name (`cus_bench_0` .. `cus_bench_<n-1>`), as
 * Customer module rows and memberships without a tier, set-based.
 */
export const synthesiseMembers = async (client: Client, customers: number) => {
  await client.query(
    `INSERT INTO customer (id, email, has_account, created_at, updated_at)
     SELECT 'cus_bench_' || g, 'member' || g || '@bench.test', true, now(), now()
     FROM generate_series(0, $1::int - 1) g`,
    [customers]
  )
  await client.query(
    `INSERT INTO mbr_membership (id, customer_id, joined_at, created_at, updated_at)
     SELECT 'mbrms_bench_' || g, 'cus_bench_' || g, now() - interval '2 years', now(), now()
     FROM generate_series(0, $1::int - 1) g`,
    [customers]
  )
  await client.query("VACUUM ANALYZE customer")
  await client.query("VACUUM ANALYZE mbr_membership")
}
