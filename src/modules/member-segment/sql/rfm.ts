import { rfmGroupSql } from "../rules/rfm"

const QUINTILES = "ARRAY[0.2, 0.4, 0.6, 0.8]::float8[]"
const PERCENTILES =
  "ARRAY(SELECT g / 100.0 FROM generate_series(1, 99) g)::float8[]"

/** The live metrics rows (those meeting `filter`), as a relation the RFM SQL below can read members from. */
export const liveMetrics = (filter?: string) =>
  `(SELECT * FROM mbr_customer_metrics WHERE deleted_at IS NULL${filter ? ` AND ${filter}` : ""})`

/**
 * Quintile cutoffs of the buyer pool (members with an order): percentile_disc
 * over last order, order count and spend, plus the 99 spend percentiles. One
 * aggregate over `members` (the live metrics, or a full rebuild's derived rows
 * before they are written); upserts the single "current" row.
 */
export const recomputeRfmCutoffsSql = (members: string) => `
INSERT INTO mbr_rfm_cutoffs (id, key, recency, frequency, monetary, spend, member_count, computed_at, created_at, updated_at)
SELECT 'mbrrfm_current', 'current',
  to_jsonb(percentile_disc(${QUINTILES}) WITHIN GROUP (ORDER BY m.last_order_at)),
  to_jsonb(percentile_disc(${QUINTILES}) WITHIN GROUP (ORDER BY m.order_count)),
  to_jsonb(percentile_disc(${QUINTILES}) WITHIN GROUP (ORDER BY m.total_spent)),
  to_jsonb(percentile_disc(${PERCENTILES}) WITHIN GROUP (ORDER BY m.total_spent)),
  count(*), now(), now(), now()
FROM ${members} m
WHERE m.order_count > 0 AND m.last_order_at IS NOT NULL
ON CONFLICT (key) WHERE deleted_at IS NULL DO UPDATE SET
  recency = excluded.recency, frequency = excluded.frequency,
  monetary = excluded.monetary, spend = excluded.spend,
  member_count = excluded.member_count, computed_at = excluded.computed_at,
  updated_at = now()`

const typed = (column: string, type: string) =>
  `ARRAY(SELECT x::${type} FROM jsonb_array_elements_text(coalesce(${column}, '[]'::jsonb)) x)`

// 1 + how many of the four cutoffs lie strictly below the value (ties stay in one quintile)
const score = (cutoffs: string, value: string) =>
  `1 + ${[1, 2, 3, 4].map((k) => `(${cutoffs}[${k}] < ${value})::int`).join(" + ")}`

export const RFM_SCORE_COLUMNS = [
  "rfm_recency",
  "rfm_frequency",
  "rfm_monetary",
  "rfm_group",
  "spend_percentile",
]

const CUTOFFS = `(
  SELECT ${typed("recency", "timestamptz")} AS r, ${typed("frequency", "numeric")} AS f,
    ${typed("monetary", "numeric")} AS mo, ${typed("spend", "numeric")} AS sp
  FROM mbr_rfm_cutoffs WHERE key = 'current' AND deleted_at IS NULL AND member_count > 0
)`

/**
 * `keep` plus the RFM_SCORE_COLUMNS of each row of `members` (alias m) under
 * the stored cutoffs. Non-buyers, and everyone while no pool was scored, have
 * no scores.
 */
export const rfmScoresSql = (members: string, keep: string) => `
SELECT ${keep},
  CASE WHEN q.scored THEN q.r END AS rfm_recency,
  CASE WHEN q.scored THEN q.f END AS rfm_frequency,
  CASE WHEN q.scored THEN q.mo END AS rfm_monetary,
  CASE WHEN q.scored THEN ${rfmGroupSql("q.r", "q.f", "q.mo")} END AS rfm_group,
  CASE WHEN q.scored THEN q.sp END AS spend_percentile
FROM ${members} m LEFT JOIN ${CUTOFFS} c ON true
CROSS JOIN LATERAL (
  SELECT m.order_count > 0 AND m.last_order_at IS NOT NULL AND c.r IS NOT NULL AS scored,
    ${score("c.r", "m.last_order_at")} AS r,
    ${score("c.f", "m.order_count")} AS f,
    ${score("c.mo", "m.total_spent")} AS mo,
    width_bucket(m.total_spent, c.sp) AS sp
) q`

type Scope = "customers" | "all"

/**
 * Applies the stored cutoffs to members: the customers given (binding: ids
 * JSON) or everyone. Only rows whose scores change are written.
 */
export const applyRfmScoresSql = (scope: Scope) => `
WITH s AS (${rfmScoresSql(
  liveMetrics(
    scope === "customers"
      ? "customer_id IN (SELECT jsonb_array_elements_text(?::jsonb))"
      : undefined
  ),
  "m.id"
)})
UPDATE mbr_customer_metrics t SET
  ${RFM_SCORE_COLUMNS.map((column) => `${column} = s.${column}`).join(", ")}
FROM s
WHERE t.id = s.id
  AND (${RFM_SCORE_COLUMNS.map((column) => `t.${column}`).join(", ")})
  IS DISTINCT FROM (${RFM_SCORE_COLUMNS.map((column) => `s.${column}`).join(", ")})
RETURNING t.customer_id`
