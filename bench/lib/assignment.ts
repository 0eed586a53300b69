/**
 * Each member's tier under a ladder by 365-day spend, in one statement over
 * the facts (the same measure the plugin qualifies by). Bindings: ladder JSON
 * [{ id, rank, threshold }], now, now. Writes memberships whose tier differs.
 */
export const ASSIGN_TIERS_SQL = `
WITH ladder AS (
  SELECT * FROM jsonb_to_recordset(?::jsonb) AS l(id text, rank int, threshold numeric)
), spend AS (
  SELECT customer_id, sum(greatest(paid_total - refunded_total, 0)) AS value
  FROM mbr_order_fact
  WHERE deleted_at IS NULL AND canceled_at IS NULL AND paid_at IS NOT NULL
    AND currency_code = 'eur' AND placed_at <= ?::timestamptz
    AND placed_at > ?::timestamptz - interval '365 days'
  GROUP BY customer_id
), target AS (
  SELECT m.customer_id, (SELECT l.id FROM ladder l
    WHERE l.threshold <= coalesce(s.value, 0) ORDER BY l.rank DESC LIMIT 1) AS tier_id
  FROM mbr_membership m LEFT JOIN spend s ON s.customer_id = m.customer_id
  WHERE m.deleted_at IS NULL
)
UPDATE mbr_membership m
SET tier_id = t.tier_id, tier_since = now(), tier_qualified_at = now(), updated_at = now()
FROM target t
WHERE m.customer_id = t.customer_id AND m.deleted_at IS NULL
  AND m.tier_id IS DISTINCT FROM t.tier_id`

/**
 * After ASSIGN_TIERS_SQL, the state the plugin keeps beside a member's tier:
 * the tier's customer group and the metrics copy.
 */
export const TIER_FOLLOW_UP_SQL = [
  `INSERT INTO customer_group_customer (id, customer_id, customer_group_id, created_at, updated_at)
   SELECT 'cusgc_bench_' || m.customer_id, m.customer_id, t.customer_group_id, now(), now()
   FROM mbr_membership m JOIN mbr_tier t ON t.id = m.tier_id
   WHERE m.deleted_at IS NULL AND t.customer_group_id IS NOT NULL`,
  `UPDATE mbr_customer_metrics c SET tier_id = m.tier_id, tier_rank = t.rank
   FROM mbr_membership m JOIN mbr_tier t ON t.id = m.tier_id
   WHERE c.customer_id = m.customer_id AND c.deleted_at IS NULL`,
]
