// Each member's value per tier measure, from the members the `c` CTE lists.
const measureValues = (members: string) => `
m AS (
  SELECT * FROM jsonb_to_recordset(?::jsonb) AS t(key text, basis text, "window" text, days int)
  WHERE t.basis IN ('spend', 'orders')
),
c AS (${members}),
vals AS (
  SELECT c.customer_id, m.key,
    CASE m.basis
      WHEN 'orders' THEN count(f.id)::numeric
      ELSE coalesce(sum(greatest(f.paid_total - f.refunded_total, 0))
        FILTER (WHERE f.currency_code = p.currency), 0)
    END AS value
  FROM c CROSS JOIN m CROSS JOIN p
  LEFT JOIN mbr_order_fact f ON f.customer_id = c.customer_id
    AND f.deleted_at IS NULL AND f.canceled_at IS NULL AND f.paid_at IS NOT NULL
    AND f.placed_at <= p.now
    AND (m."window" = 'lifetime'
      OR (m."window" = 'rolling' AND f.placed_at > p.now - make_interval(days => m.days))
      OR (m."window" = 'calendar_year' AND f.placed_at >= date_trunc('year', p.now)))
  GROUP BY c.customer_id, m.key, m.basis
)`

/**
 * Bindings: now, currency, measures JSON [{ key, basis, window, days }],
 * customer ids JSON. Each customer's value per measure from their order
 * facts: "spend" = paid minus refunded in the membership currency, "orders" =
 * paid orders; over the lifetime, a rolling window of `days` or the calendar
 * year of `now`. Canceled orders never count. ("points_earned" comes from the
 * points ledger, not from facts.)
 */
export const TIER_MEASURE_VALUES_SQL = `
WITH p AS (SELECT ?::timestamptz AS now, lower(?::text) AS currency),
${measureValues("SELECT DISTINCT jsonb_array_elements_text(?::jsonb) AS customer_id")}
SELECT customer_id, key, value FROM vals`

/**
 * Bindings: now, currency, measures JSON, ladder JSON [{ rank, key, threshold }].
 * What-if: the tier every member would hold under a proposed ladder (the
 * highest rank whose threshold their value reaches), beside the rank they
 * hold now, with member counts, revenue (total spent) and sample moves.
 */
export const TIER_PREVIEW_SQL = `
WITH p AS (SELECT ?::timestamptz AS now, lower(?::text) AS currency),
${measureValues(`SELECT customer_id, coalesce(tier_rank, 0) AS current_rank, total_spent
  FROM mbr_customer_metrics WHERE deleted_at IS NULL AND stage IS NOT NULL`)},
ladder AS (
  SELECT * FROM jsonb_to_recordset(?::jsonb) AS l(rank int, key text, threshold numeric)
),
landed AS (
  SELECT c.customer_id, c.current_rank, c.total_spent,
    coalesce(max(l.rank) FILTER (WHERE l.rank = 0 OR coalesce(v.value, 0) >= l.threshold), 0) AS new_rank
  FROM c CROSS JOIN ladder l
  LEFT JOIN vals v ON v.customer_id = c.customer_id AND v.key = l.key
  GROUP BY c.customer_id, c.current_rank, c.total_spent
)
SELECT new_rank AS rank, count(*)::int AS members,
  coalesce(sum(total_spent), 0) AS revenue,
  count(*) FILTER (WHERE new_rank > current_rank)::int AS up,
  count(*) FILTER (WHERE new_rank < current_rank)::int AS down,
  count(*) FILTER (WHERE new_rank = current_rank)::int AS unchanged,
  (array_agg(customer_id ORDER BY total_spent DESC) FILTER (WHERE new_rank > current_rank))[1:5] AS up_sample,
  (array_agg(customer_id ORDER BY total_spent DESC) FILTER (WHERE new_rank < current_rank))[1:5] AS down_sample
FROM landed GROUP BY new_rank ORDER BY new_rank`

/** Members and revenue (total spent) per tier they hold now. */
export const TIER_STANDINGS_SQL = `
SELECT tier_id, count(*)::int AS members, coalesce(sum(total_spent), 0) AS revenue
FROM mbr_customer_metrics WHERE deleted_at IS NULL AND stage IS NOT NULL
GROUP BY tier_id`

/** Bindings: after (customer id, '' for the start), limit. A page of members in id order. */
export const MEMBER_IDS_PAGE_SQL = `
SELECT customer_id FROM mbr_customer_metrics
WHERE deleted_at IS NULL AND stage IS NOT NULL AND customer_id > ?::text
ORDER BY customer_id LIMIT ?::int`

/** Bindings: now, currency, customer id, days. One member's paid orders of the last `days`, newest first. */
export const TIER_WINDOW_ORDERS_SQL = `
WITH p AS (SELECT ?::timestamptz AS now, lower(?::text) AS currency)
SELECT f.customer_id, f.placed_at,
  greatest(f.paid_total - f.refunded_total, 0) AS net
FROM mbr_order_fact f CROSS JOIN p
WHERE f.deleted_at IS NULL AND f.canceled_at IS NULL AND f.paid_at IS NOT NULL
  AND f.currency_code = p.currency AND f.placed_at <= p.now
  AND f.customer_id = ?::text AND f.placed_at > p.now - make_interval(days => ?::int)
ORDER BY f.placed_at DESC`
