import { rawMoney } from "../../member-segment/sql/raw-money"

/** Bindings: customer ids JSON. Members' tier state, locked for the write that follows. */
export const LOCK_TIER_STATES_SQL = `
SELECT customer_id, tier_id, tier_since, tier_qualified_at, tier_pinned
FROM mbr_membership
WHERE deleted_at IS NULL AND customer_id IN (SELECT jsonb_array_elements_text(?::jsonb))
ORDER BY customer_id
FOR UPDATE`

/**
 * Bindings: rows JSON [{ customer_id, tier_id, tier_since, tier_qualified_at,
 * tier_pinned }]. Writes the tier columns only (also to undo a write).
 */
export const WRITE_TIER_STATES_SQL = `
UPDATE mbr_membership m SET tier_id = r.tier_id, tier_since = r.tier_since,
  tier_qualified_at = r.tier_qualified_at, tier_pinned = r.tier_pinned, updated_at = now()
FROM jsonb_to_recordset(?::jsonb) AS r(customer_id text, tier_id text,
  tier_since timestamptz, tier_qualified_at timestamptz, tier_pinned boolean)
WHERE m.customer_id = r.customer_id AND m.deleted_at IS NULL`

/** Bindings: rows JSON of TierChange columns. */
export const INSERT_TIER_CHANGES_SQL = `
INSERT INTO mbr_tier_change (id, customer_id, from_tier_id, to_tier_id, reason, value, raw_value, actor, created_at, updated_at)
SELECT r.id, r.customer_id, r.from_tier_id, r.to_tier_id, r.reason, r.value,
  CASE WHEN r.value IS NULL THEN NULL ELSE ${rawMoney("r.value")} END,
  r.actor, r.at, r.at
FROM jsonb_to_recordset(?::jsonb) AS r(id text, customer_id text, from_tier_id text,
  to_tier_id text, reason text, value numeric, actor text, at timestamptz)`

/** Bindings: tier id. Members holding the tier. */
export const COUNT_TIER_MEMBERS_SQL = `
SELECT count(*)::int AS count FROM mbr_membership
WHERE deleted_at IS NULL AND tier_id = ?::text`

/** Bindings: after (customer id, '' for the start), limit. A page of members in id order. */
export const MEMBERSHIP_IDS_PAGE_SQL = `
SELECT customer_id FROM mbr_membership
WHERE deleted_at IS NULL AND customer_id > ?::text
ORDER BY customer_id LIMIT ?::int`

/** Members (live memberships). */
export const COUNT_MEMBERSHIPS_SQL = `
SELECT count(*)::int AS count FROM mbr_membership WHERE deleted_at IS NULL`
