/**
 * Who a routine reminder is for at a moment: set-based selections over facts
 * and metrics, one row per member and occasion (`reference`), with the few
 * values the message shows in `data`. Every query binds `now` (timestamptz)
 * first; the rest is per audience (see AudienceQuery in ../types).
 */
const ORDER_DATA = `jsonb_build_object('order_id', f.order_id,
  'total', trim_scale(f.total), 'currency_code', f.currency_code,
  'placed_at', f.placed_at, 'delivered_at', f.delivered_at)`

/** Bindings: now, after hours, within days. Placed, neither paid nor canceled. */
export const UNPAID_ORDERS_SQL = `
SELECT f.customer_id, f.order_id AS reference, ${ORDER_DATA} AS data
FROM mbr_order_fact f
WHERE f.deleted_at IS NULL AND f.customer_id IS NOT NULL
  AND f.paid_at IS NULL AND f.canceled_at IS NULL
  AND f.placed_at <= ?::timestamptz - make_interval(hours => ?)
  AND f.placed_at > ?::timestamptz - make_interval(days => ?)`

/** Bindings: now, after days, now, after + within days. Delivered in the window, not canceled. */
export const DELIVERED_ORDERS_SQL = `
SELECT f.customer_id, f.order_id AS reference, ${ORDER_DATA} AS data
FROM mbr_order_fact f
WHERE f.deleted_at IS NULL AND f.customer_id IS NOT NULL AND f.canceled_at IS NULL
  AND f.delivered_at <= ?::timestamptz - make_interval(days => ?)
  AND f.delivered_at > ?::timestamptz - make_interval(days => ?)`

/** Same bindings: the delivered order is the member's only order (they did not buy again). */
export const FIRST_DELIVERED_ORDERS_SQL = `
SELECT f.customer_id, f.order_id AS reference, ${ORDER_DATA} AS data
FROM mbr_order_fact f
JOIN mbr_customer_metrics m ON m.customer_id = f.customer_id
  AND m.deleted_at IS NULL AND m.order_count = 1
WHERE f.deleted_at IS NULL AND f.canceled_at IS NULL
  AND f.delivered_at <= ?::timestamptz - make_interval(days => ?)
  AND f.delivered_at > ?::timestamptz - make_interval(days => ?)`

/**
 * Bindings: now, after days, now, after + within days. The reference is the last
 * order's time: one message per dormancy, a new order starts a new one.
 */
export const DORMANT_MEMBERS_SQL = `
SELECT m.customer_id,
  'since:' || to_char(m.last_order_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') AS reference,
  jsonb_build_object('last_order_at', m.last_order_at, 'order_count', m.order_count) AS data
FROM mbr_customer_metrics m
WHERE m.deleted_at IS NULL AND m.order_count > 0
  AND m.last_order_at <= ?::timestamptz - make_interval(days => ?)
  AND m.last_order_at > ?::timestamptz - make_interval(days => ?)`

/** Bindings: now (unused), [{ month, day }] JSON, reference. Birthdays on these calendar days. */
export const BIRTHDAY_MEMBERS_SQL = `
SELECT m.customer_id, ?::text AS reference,
  jsonb_build_object('tier_id', m.tier_id, 'tier_rank', m.tier_rank) AS data
FROM mbr_customer_metrics m
JOIN jsonb_to_recordset(?::jsonb) AS d(month int, day int)
  ON m.birthday_month = d.month AND m.birthday_day = d.day
WHERE m.deleted_at IS NULL`

/** Bindings: reference. Every member with a profile (holiday greetings). */
export const ALL_MEMBERS_SQL = `
SELECT m.customer_id, ?::text AS reference, '{}'::jsonb AS data
FROM mbr_customer_metrics m
WHERE m.deleted_at IS NULL AND m.signup_at IS NOT NULL`

const STANDING = `CASE l.basis WHEN 'spend' THEN m.total_spent
  WHEN 'orders' THEN m.order_count::numeric ELSE m.points_available::numeric END`

/**
 * Bindings: ladder JSON [{ tier_id, rank, basis, threshold, below_rank }], within
 * fraction, period. Members one rung below a tier whose standing is within the
 * fraction of its threshold; once per tier and period.
 */
export const NEAR_NEXT_TIER_SQL = `
WITH ladder AS (
  SELECT * FROM jsonb_to_recordset(?::jsonb)
    AS l(tier_id text, rank int, basis text, threshold numeric, below_rank int)
), p AS (SELECT ?::numeric AS within, ?::text AS period)
SELECT m.customer_id, 'next:' || l.tier_id || ':' || p.period AS reference,
  jsonb_build_object('tier_id', l.tier_id, 'basis', l.basis,
    'amount_needed', trim_scale(l.threshold - ${STANDING}),
    'currency_code', m.currency_code) AS data
FROM mbr_customer_metrics m
JOIN ladder l ON coalesce(m.tier_rank, 0) = l.below_rank
CROSS JOIN p
WHERE m.deleted_at IS NULL
  AND ${STANDING} < l.threshold
  AND ${STANDING} >= l.threshold * (1 - p.within)`
