import { sqlEntityId } from "./raw-money"

/** Members matching a compiled rule (`where` is its SQL over `m`). */
export const matchingMembersSql = (where: string, scoped: boolean) => `
SELECT m.customer_id FROM mbr_customer_metrics m
WHERE m.deleted_at IS NULL AND ${where}
${scoped ? "AND m.customer_id IN (SELECT jsonb_array_elements_text(?::jsonb))" : ""}`

/** Count and spend of the members matching a rule. */
export const ruleTotalsSql = (where: string) => `
SELECT count(*)::int AS count, coalesce(sum(m.total_spent), 0)::float8 AS revenue
FROM mbr_customer_metrics m WHERE m.deleted_at IS NULL AND ${where}`

export const ALL_TOTALS_SQL = `
SELECT count(*)::int AS count, coalesce(sum(m.total_spent), 0)::float8 AS revenue
FROM mbr_customer_metrics m WHERE m.deleted_at IS NULL`

const SAMPLE_COLUMNS = `m.customer_id, m.email, m.first_name, m.last_name,
  m.total_spent::float8 AS total_spent, m.aov::float8 AS aov, m.order_count, m.last_order_at`

/**
 * A page of matching members, biggest spenders first, two ways. `top_spenders`
 * filters only the first N members by spend (bindings: N, rule..., limit,
 * offset): exact whenever it fills the page, and quick, as most rules that
 * match many members match top spenders too. `sorted` filters every member and
 * keeps the page with a top-N sort (bindings: rule..., limit, offset); its
 * `+ 0` keeps the planner from walking the spend index instead, which for a
 * rule its top spenders rarely meet (an AOV band) reads most of the table.
 */
export const ruleSampleSql = (where: string, way: "top_spenders" | "sorted") =>
  way === "top_spenders"
    ? `
SELECT ${SAMPLE_COLUMNS}
FROM (SELECT * FROM mbr_customer_metrics WHERE deleted_at IS NULL
  ORDER BY total_spent DESC, customer_id LIMIT ?) m
WHERE ${where}
ORDER BY m.total_spent DESC, m.customer_id LIMIT ? OFFSET ?`
    : `
SELECT ${SAMPLE_COLUMNS}
FROM mbr_customer_metrics m WHERE m.deleted_at IS NULL AND ${where}
ORDER BY m.total_spent + 0 DESC, m.customer_id LIMIT ? OFFSET ?`

/**
 * Refreshes a segment's members by diff in one statement: deletes the exits,
 * inserts the entries, writes nothing for members who stay. Entries and exits
 * are set differences (hashed), never a per-row probe. With a scope (customer
 * ids JSON) only those members are re-examined.
 * Bindings: rule..., [scope], segment id, [scope].
 */
export const refreshSegmentSql = (where: string, scoped: boolean) => {
  const scope = (column: string) =>
    scoped
      ? `AND ${column} IN (SELECT jsonb_array_elements_text(?::jsonb))`
      : ""
  return `
WITH target AS MATERIALIZED (${matchingMembersSql(where, scoped)}),
seg AS (SELECT ?::text AS id),
current_members AS MATERIALIZED (
  SELECT sm.customer_id FROM mbr_segment_member sm, seg
  WHERE sm.segment_id = seg.id AND sm.deleted_at IS NULL ${scope("sm.customer_id")}
),
gone AS (SELECT customer_id FROM current_members EXCEPT SELECT customer_id FROM target),
fresh AS (SELECT customer_id FROM target EXCEPT SELECT customer_id FROM current_members),
exited AS (
  DELETE FROM mbr_segment_member sm USING seg, gone g
  WHERE sm.segment_id = seg.id AND sm.deleted_at IS NULL AND sm.customer_id = g.customer_id
  RETURNING sm.customer_id
),
entered AS (
  INSERT INTO mbr_segment_member (id, segment_id, customer_id, entered_at, created_at, updated_at)
  SELECT ${sqlEntityId("mbrsgm")}, seg.id, f.customer_id, now(), now(), now()
  FROM fresh f CROSS JOIN seg
  ON CONFLICT (segment_id, customer_id) WHERE deleted_at IS NULL DO NOTHING
  RETURNING customer_id
)
SELECT 'entered' AS kind, customer_id FROM entered
UNION ALL SELECT 'exited' AS kind, customer_id FROM exited`
}

/** Stores a segment's count and freshness after a refresh. Bindings: id, id. */
export const STAMP_SEGMENT_SQL = `
UPDATE mbr_segment SET
  last_count = (SELECT count(*) FROM mbr_segment_member WHERE segment_id = ? AND deleted_at IS NULL),
  computed_at = now(), updated_at = now()
WHERE id = ? AND deleted_at IS NULL
RETURNING last_count`

/** Marks members for the debounced segment refresh. Binding: ids JSON. */
export const MARK_DIRTY_SQL = `
INSERT INTO mbr_segment_dirty_member (id, customer_id, marked_at, created_at, updated_at)
SELECT ${sqlEntityId("mbrsgd")}, c.customer_id, now(), now(), now()
FROM (SELECT DISTINCT jsonb_array_elements_text(?::jsonb) AS customer_id) c
ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO UPDATE SET marked_at = now(), updated_at = now()`

/** Dirty members marked at least `seconds` ago (quiet long enough). Bindings: seconds, limit. */
export const QUIET_DIRTY_SQL = `
SELECT customer_id, marked_at::text AS marked_at FROM mbr_segment_dirty_member
WHERE deleted_at IS NULL AND marked_at <= now() - make_interval(secs => ?::int)
ORDER BY marked_at, customer_id LIMIT ?`

/** Drops dirty marks that were not renewed since they were read. Binding: [{customer_id, marked_at}] JSON. */
export const CLEAR_DIRTY_SQL = `
DELETE FROM mbr_segment_dirty_member d
USING jsonb_to_recordset(?::jsonb) AS x(customer_id text, marked_at timestamptz)
WHERE d.customer_id = x.customer_id AND d.marked_at = x.marked_at`

/** The member values the evaluator reads (money as numbers). Binding: ids JSON. */
export const MEMBER_VALUES_SQL = `
SELECT m.customer_id, m.order_count, m.paid_order_count, m.total_spent::float8 AS total_spent,
  m.aov::float8 AS aov, m.aov_90d::float8 AS aov_90d, m.aov_365d::float8 AS aov_365d,
  m.max_order::float8 AS max_order, m.first_order_at, m.last_order_at, m.unpaid_order_count,
  m.oldest_unpaid_at, m.cancel_count, m.cancel_rate, m.refund_total::float8 AS refund_total,
  m.refund_rate, m.return_count, m.country_code, m.stage, m.signup_at, m.tags, m.email_consent,
  m.sms_consent, m.birthday_month, m.birthday_day, m.tier_id, m.tier_rank, m.points_available,
  m.points_pending, m.rfm_recency, m.rfm_frequency, m.rfm_monetary, m.rfm_group,
  m.spend_percentile, m.currency_code
FROM mbr_customer_metrics m
WHERE m.deleted_at IS NULL AND m.customer_id IN (SELECT jsonb_array_elements_text(?::jsonb))`

export const MEMBER_LINES_SQL = `
SELECT l.customer_id, l.order_id, l.product_id, l.category_ids, l.collection_id, l.placed_at, l.canceled_at
FROM mbr_order_line_fact l
WHERE l.deleted_at IS NULL AND l.customer_id IN (SELECT jsonb_array_elements_text(?::jsonb))`

/** Undoes a refresh: removes who it added, puts back who it removed. Bindings: id, entered JSON, id, exited JSON. */
export const REVERT_SEGMENT_DIFF_SQL = `
WITH removed AS (
  DELETE FROM mbr_segment_member
  WHERE segment_id = ? AND deleted_at IS NULL
    AND customer_id IN (SELECT jsonb_array_elements_text(?::jsonb))
  RETURNING customer_id
)
INSERT INTO mbr_segment_member (id, segment_id, customer_id, entered_at, created_at, updated_at)
SELECT ${sqlEntityId("mbrsgm")}, ?, c, now(), now(), now()
FROM jsonb_array_elements_text(?::jsonb) c
ON CONFLICT (segment_id, customer_id) WHERE deleted_at IS NULL DO NOTHING`

/** Drops every stored member of a segment, returning them. Binding: id. */
export const CLEAR_SEGMENT_MEMBERS_SQL = `
DELETE FROM mbr_segment_member WHERE segment_id = ? RETURNING customer_id`

/** The segments a member is stored in. Binding: customer id. */
export const SEGMENTS_OF_MEMBER_SQL = `
SELECT s.id, s.name, s.rule, s.preset, s.last_count, s.computed_at, sm.entered_at
FROM mbr_segment_member sm JOIN mbr_segment s ON s.id = sm.segment_id AND s.deleted_at IS NULL
WHERE sm.customer_id = ? AND sm.deleted_at IS NULL
ORDER BY s.name`

/** A page of a segment's stored members with their metrics. Bindings: id, limit, offset. */
export const SEGMENT_MEMBERS_PAGE_SQL = `
SELECT m.customer_id, m.email, m.first_name, m.last_name, m.total_spent::float8 AS total_spent,
  m.aov::float8 AS aov, m.order_count, m.last_order_at, sm.entered_at
FROM mbr_segment_member sm
JOIN mbr_customer_metrics m ON m.customer_id = sm.customer_id AND m.deleted_at IS NULL
WHERE sm.segment_id = ? AND sm.deleted_at IS NULL
ORDER BY sm.entered_at DESC, sm.customer_id LIMIT ? OFFSET ?`
