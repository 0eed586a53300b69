const MEASURES = `
m AS (
  SELECT * FROM jsonb_to_recordset(?::jsonb) AS t(key text, basis text, "window" text, days int)
  WHERE t.basis IN ('spend', 'orders')
)`

// The order facts that count towards measure `m` at `p.now`.
const COUNTED_FACT = `f.deleted_at IS NULL AND f.canceled_at IS NULL AND f.paid_at IS NOT NULL
    AND f.placed_at <= p.now
    AND (m."window" = 'lifetime'
      OR (m."window" = 'rolling' AND f.placed_at > p.now - make_interval(days => m.days))
      OR (m."window" = 'calendar_year' AND f.placed_at >= date_trunc('year', p.now)))`

// A member's value for measure `m`, aggregated over their counted facts `f`.
const MEASURE_VALUE = `CASE m.basis
      WHEN 'orders' THEN count(f.id)::numeric
      ELSE coalesce(sum(greatest(f.paid_total - f.refunded_total, 0))
        FILTER (WHERE f.currency_code = p.currency), 0)
    END`

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
${MEASURES},
c AS (SELECT DISTINCT jsonb_array_elements_text(?::jsonb) AS customer_id)
SELECT c.customer_id, m.key, ${MEASURE_VALUE} AS value
FROM c CROSS JOIN m CROSS JOIN p
LEFT JOIN mbr_order_fact f ON f.customer_id = c.customer_id AND ${COUNTED_FACT}
GROUP BY c.customer_id, m.key, m.basis`

/**
 * Bindings: now, currency, measures JSON, ladder JSON [{ rank, key, threshold }].
 * What-if: the tier every member would hold under a proposed ladder (the
 * highest rank whose threshold their value reaches), beside the rank they
 * hold now, with member counts, revenue (total spent) and sample moves.
 * Facts are aggregated per member in one pass (members without counted
 * facts have value 0 everywhere: they reach the thresholds of 0 or below).
 */
export const TIER_PREVIEW_SQL = `
WITH p AS (SELECT ?::timestamptz AS now, lower(?::text) AS currency),
${MEASURES},
vals AS (
  SELECT f.customer_id, m.key, ${MEASURE_VALUE} AS value
  FROM mbr_order_fact f CROSS JOIN m CROSS JOIN p
  WHERE ${COUNTED_FACT}
  GROUP BY f.customer_id, m.key, m.basis
),
ladder AS (
  SELECT * FROM jsonb_to_recordset(?::jsonb) AS l(rank int, key text, threshold numeric)
),
floor_rank AS (
  SELECT coalesce(max(rank) FILTER (WHERE rank = 0 OR threshold <= 0), 0) AS rank FROM ladder
),
reached AS (
  SELECT v.customer_id, max(l.rank) AS rank
  FROM vals v JOIN ladder l ON l.key = v.key AND v.value >= l.threshold
  GROUP BY v.customer_id
),
landed AS (
  SELECT c.customer_id, coalesce(c.tier_rank, 0) AS current_rank, c.total_spent,
    greatest(r.rank, fr.rank) AS new_rank
  FROM mbr_customer_metrics c
  CROSS JOIN floor_rank fr
  LEFT JOIN reached r ON r.customer_id = c.customer_id
  WHERE c.deleted_at IS NULL AND c.stage IS NOT NULL
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
