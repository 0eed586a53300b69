import { rawMoney, sqlEntityId } from "../../member-segment/sql/raw-money"

/**
 * Bindings: now, allow downgrade, ladder changed, ladder JSON [{ id, rank,
 * key, threshold, grace_days }], members JSON [{ customer_id, values: { key:
 * value } }]. Decides every listed member's tier in one statement, under the
 * memberships' row locks, and writes only what changes:
 *
 * - the target is the highest tier whose threshold the member's value for
 *   its measure reaches (the base tier, rank 0, at least);
 * - a member holding no tier of the ladder takes the target;
 * - pinned members never move;
 * - upgrades happen at once; a member below their tier keeps it unless
 *   downgrades are allowed and `grace_days` have passed since they last
 *   qualified (`tier_qualified_at`);
 * - every member found qualifying for the tier they end up in is stamped
 *   `tier_qualified_at = now` (grace counts from there); the same `now`
 *   twice writes nothing the second time.
 *
 * Movers get their tier, `tier_since` and a TierChange row (with the value
 * of the new tier's measure). Returns each written member with the state it
 * had before, its move (if any) and the TierChange id. (Data-modifying CTEs
 * run to completion whether or not the final SELECT reads them.)
 */
export const APPLY_TIER_EVALUATION_SQL = `
WITH p AS (
  SELECT ?::timestamptz AS now, ?::boolean AS allow_downgrade, ?::boolean AS ladder_changed
),
ladder AS (
  SELECT * FROM jsonb_to_recordset(?::jsonb)
    AS l(id text, rank int, key text, threshold numeric, grace_days int)
),
member_values AS (
  SELECT * FROM jsonb_to_recordset(?::jsonb) AS v(customer_id text, "values" jsonb)
),
state AS MATERIALIZED (
  SELECT m.customer_id, m.tier_id, m.tier_since, m.tier_qualified_at, m.tier_pinned,
    coalesce(v."values", '{}'::jsonb) AS "values"
  FROM mbr_membership m
  JOIN member_values v ON v.customer_id = m.customer_id
  WHERE m.deleted_at IS NULL
  ORDER BY m.customer_id
  FOR UPDATE OF m
),
target AS (
  SELECT s.customer_id,
    coalesce(
      (array_agg(l.id ORDER BY l.rank DESC) FILTER (
        WHERE l.rank = 0 OR coalesce((s."values" ->> l.key)::numeric, 0) >= l.threshold))[1],
      (array_agg(l.id ORDER BY l.rank))[1]
    ) AS tier_id
  FROM state s CROSS JOIN ladder l
  GROUP BY s.customer_id
),
decided AS (
  SELECT s.*, d.to_tier_id, d.qualifies,
    CASE
      WHEN d.to_tier_id IS NOT DISTINCT FROM s.tier_id THEN NULL
      WHEN d.reason = 'qualified' AND p.ladder_changed THEN 'ladder_changed'
      ELSE d.reason
    END AS reason
  FROM state s
  JOIN target t0 ON t0.customer_id = s.customer_id
  JOIN ladder t ON t.id = t0.tier_id
  LEFT JOIN ladder c ON c.id = s.tier_id
  CROSS JOIN p
  CROSS JOIN LATERAL (
    SELECT CASE
        WHEN c.id IS NULL THEN t.id
        WHEN s.tier_pinned OR t.rank = c.rank THEN c.id
        WHEN t.rank > c.rank THEN t.id
        WHEN p.allow_downgrade AND p.now >= coalesce(s.tier_qualified_at, p.now)
          + make_interval(secs => c.grace_days * 86400) THEN t.id
        ELSE c.id
      END AS to_tier_id,
      CASE
        WHEN c.id IS NULL THEN CASE WHEN s.tier_id IS NULL THEN 'qualified' ELSE 'ladder_changed' END
        WHEN t.rank > c.rank THEN 'qualified'
        ELSE 'lapsed'
      END AS reason
  ) d0
  CROSS JOIN LATERAL (
    SELECT d0.to_tier_id, d0.reason,
      -- still qualifies for the tier they end up in (moves always do)
      (c.id IS NULL OR t.rank >= c.rank OR d0.to_tier_id <> c.id) AS qualifies
  ) d
),
written AS MATERIALIZED (
  SELECT d.*,
    CASE WHEN d.reason IS NULL THEN d.tier_since ELSE p.now END AS next_since,
    CASE WHEN d.qualifies THEN p.now ELSE d.tier_qualified_at END AS next_qualified_at,
    CASE WHEN d.reason IS NULL THEN NULL ELSE ${sqlEntityId("mbrtc")} END AS change_id
  FROM decided d CROSS JOIN p
  WHERE d.reason IS NOT NULL
    OR (d.qualifies AND d.tier_qualified_at IS DISTINCT FROM p.now)
),
updated AS (
  UPDATE mbr_membership m
  SET tier_id = w.to_tier_id, tier_since = w.next_since,
    tier_qualified_at = w.next_qualified_at, updated_at = now()
  FROM written w
  WHERE m.customer_id = w.customer_id AND m.deleted_at IS NULL
  RETURNING m.customer_id
),
changes AS (
  INSERT INTO mbr_tier_change (id, customer_id, from_tier_id, to_tier_id, reason,
    value, raw_value, actor, created_at, updated_at)
  SELECT w.change_id, w.customer_id, w.tier_id, w.to_tier_id, w.reason, x.value,
    CASE WHEN x.value IS NULL THEN NULL ELSE ${rawMoney("x.value")} END,
    NULL, p.now, p.now
  FROM written w
  CROSS JOIN p
  JOIN ladder l ON l.id = w.to_tier_id
  CROSS JOIN LATERAL (SELECT (w."values" ->> l.key)::numeric AS value) x
  WHERE w.change_id IS NOT NULL
  RETURNING id
)
SELECT w.customer_id, w.tier_id, w.tier_since, w.tier_qualified_at, w.tier_pinned,
  w.to_tier_id, w.reason, w.change_id
FROM written w
ORDER BY w.customer_id`
