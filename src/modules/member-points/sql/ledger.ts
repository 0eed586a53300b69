const entryId = `'mbrpe_' || upper(replace(gen_random_uuid()::text, '-', ''))`

/** Creates missing accounts and returns all asked for. Binding: customer ids JSON. */
export const ENSURE_ACCOUNTS_SQL = `
WITH ids AS (SELECT DISTINCT jsonb_array_elements_text(?::jsonb) AS customer_id),
created AS (
  INSERT INTO mbr_points_account (id, customer_id, checkin_streak, created_at, updated_at)
  SELECT 'mbrpa_' || upper(replace(gen_random_uuid()::text, '-', '')), customer_id, 0, now(), now()
  FROM ids ORDER BY customer_id
  ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO NOTHING
  RETURNING id, customer_id
)
SELECT id, customer_id FROM created
UNION ALL
SELECT a.id, a.customer_id FROM mbr_points_account a JOIN ids USING (customer_id)
WHERE a.deleted_at IS NULL`

/** Serialises debits (and check-ins) of one account. Binding: account id. */
export const LOCK_ACCOUNT_SQL = `
SELECT id, customer_id, last_checkin_day, checkin_streak FROM mbr_points_account
WHERE id = ? AND deleted_at IS NULL FOR UPDATE`

/**
 * Inserts one entry unless its (account, type, reference, reference_id) exists.
 * Bindings: entry JSON. Returns the new row, or nothing on a replay.
 */
export const INSERT_ENTRY_SQL = `
INSERT INTO mbr_points_entry (id, account_id, customer_id, type, points, remaining,
  available_at, expires_at, reference, reference_id, order_id, earn_rate, draws,
  shortfall, reason, actor_id, metadata, created_at, updated_at)
SELECT ${entryId}, i.account_id, i.customer_id, i.type, i.points, i.remaining,
  i.available_at, i.expires_at, i.reference, i.reference_id, i.order_id, i.earn_rate,
  i.draws, coalesce(i.shortfall, 0), i.reason, i.actor_id, i.metadata,
  coalesce(i.created_at, now()), coalesce(i.created_at, now())
FROM jsonb_to_record(?::jsonb) AS i(account_id text, customer_id text, type text,
  points integer, remaining integer, available_at timestamptz, expires_at timestamptz,
  reference text, reference_id text, order_id text, earn_rate real, draws jsonb,
  shortfall integer, reason text, actor_id text, metadata jsonb, created_at timestamptz)
ON CONFLICT (account_id, type, reference, reference_id) WHERE deleted_at IS NULL DO NOTHING
RETURNING *`

/** The entry a key already names. Bindings: account, type, reference, reference id. */
export const FIND_ENTRY_SQL = `
SELECT * FROM mbr_points_entry
WHERE account_id = ? AND type = ? AND reference = ? AND reference_id = ? AND deleted_at IS NULL`

/**
 * Spendable lots of an account, FIFO by expiry (never-expiring last). Own lots
 * (preferred ids) come first and may still be pending. Bindings: account, now, preferred ids JSON.
 */
export const DRAWABLE_LOTS_SQL = `
SELECT id, remaining FROM mbr_points_entry
WHERE account_id = ? AND deleted_at IS NULL AND remaining > 0
  AND (expires_at IS NULL OR expires_at > ?::timestamptz)
  AND (available_at <= ?::timestamptz OR id IN (SELECT jsonb_array_elements_text(?::jsonb)))
ORDER BY (id IN (SELECT jsonb_array_elements_text(?::jsonb))) DESC,
  expires_at ASC NULLS LAST, created_at, id`

/** Moves lots' remaining by draws (negative: drawn, positive: given back). Binding: deltas JSON. */
export const APPLY_DRAWS_SQL = `
UPDATE mbr_points_entry e SET remaining = e.remaining + d.delta, updated_at = now()
FROM (
  SELECT lot_id, sum(delta)::integer AS delta
  FROM jsonb_to_recordset(?::jsonb) AS x(lot_id text, delta integer) GROUP BY lot_id
) d
WHERE e.id = d.lot_id`

/**
 * Balances as sums over the ledger. Bindings: now (x4), horizon, customer ids JSON.
 */
export const BALANCES_SQL = `
SELECT a.id AS account_id, a.customer_id,
  coalesce(sum(e.remaining) FILTER (WHERE e.available_at <= ?::timestamptz
    AND (e.expires_at IS NULL OR e.expires_at > ?::timestamptz)), 0)::integer AS available,
  coalesce(sum(e.remaining) FILTER (WHERE e.available_at IS NULL
    OR e.available_at > ?::timestamptz), 0)::integer AS pending,
  coalesce(sum(e.remaining) FILTER (WHERE e.available_at <= ?::timestamptz
    AND e.expires_at > ?::timestamptz AND e.expires_at <= ?::timestamptz), 0)::integer AS expiring,
  min(e.expires_at) FILTER (WHERE e.available_at <= ?::timestamptz
    AND e.expires_at > ?::timestamptz AND e.expires_at <= ?::timestamptz) AS next_expiry
FROM mbr_points_account a
LEFT JOIN mbr_points_entry e ON e.account_id = a.id AND e.deleted_at IS NULL AND e.remaining > 0
WHERE a.deleted_at IS NULL AND a.customer_id IN (SELECT jsonb_array_elements_text(?::jsonb))
GROUP BY a.id, a.customer_id`

/** Points expiring within a horizon, per member. Bindings: now, now, horizon. */
export const EXPIRING_SOON_SQL = `
SELECT customer_id, sum(remaining)::integer AS points, min(expires_at) AS expires_at
FROM mbr_points_entry
WHERE deleted_at IS NULL AND remaining > 0 AND available_at <= ?::timestamptz
  AND expires_at > ?::timestamptz AND expires_at <= ?::timestamptz
GROUP BY customer_id ORDER BY customer_id`

/**
 * Points earned (earn, cash-back, bonus lots) net of reversals and voids, per
 * member. Bindings: customer ids JSON, since (nullable) x2.
 */
export const SUM_EARNED_SQL = `
SELECT customer_id, sum(points)::integer AS points
FROM mbr_points_entry
WHERE deleted_at IS NULL AND customer_id IN (SELECT jsonb_array_elements_text(?::jsonb))
  AND type IN ('earn', 'cashback', 'bonus', 'reverse', 'void')
  AND (?::timestamptz IS NULL OR created_at >= ?::timestamptz)
GROUP BY customer_id`

/** An order's lots (what it earned). Binding: order id. */
export const ORDER_LOTS_SQL = `
SELECT id, account_id, customer_id, type, points, remaining, available_at, metadata
FROM mbr_points_entry
WHERE order_id = ? AND deleted_at IS NULL AND type IN ('earn', 'cashback')
ORDER BY created_at, id`

/**
 * Stamps an order's pending lots available (once). Bindings: available_at,
 * expiry months (nullable) x2, order id. Returns the customers touched.
 */
export const ACTIVATE_ORDER_LOTS_SQL = `
UPDATE mbr_points_entry SET available_at = ?::timestamptz,
  expires_at = CASE WHEN ?::integer IS NULL THEN NULL
    ELSE ?::timestamptz + make_interval(months => ?::integer) END,
  updated_at = now()
WHERE order_id = ? AND deleted_at IS NULL AND available_at IS NULL
  AND type IN ('earn', 'cashback')
RETURNING customer_id`

/**
 * The next accounts after the cursor that hold an expired lot, locked. Walks
 * accounts in id order and probes each one's lots through the account index
 * (the LIMIT 1 keeps it a probe): after a mass expiry the table's statistics
 * still say few lots are due, and a plan built on them would read every due
 * lot for each page. Bindings: now, cursor, limit.
 */
export const LOCK_EXPIRED_ACCOUNTS_SQL = `
SELECT a.id AS account_id FROM mbr_points_account a
CROSS JOIN LATERAL (
  SELECT 1 FROM mbr_points_entry e
  WHERE e.account_id = a.id AND e.deleted_at IS NULL AND e.remaining > 0
    AND e.expires_at <= ?::timestamptz
  LIMIT 1) due
WHERE a.deleted_at IS NULL AND a.id > ?
ORDER BY a.id LIMIT ?
FOR UPDATE OF a`

/**
 * Writes one expire entry per locked account (its draws list every expired lot)
 * and zeroes those lots. The key carries the run's time, so a lot given back
 * after expiring expires again on a later run, while a rerun at the same time
 * adds nothing. Lots are read per account (OFFSET 0 keeps the lateral from
 * being flattened into a scan of every due lot, as above). Bindings: account
 * ids joined by commas, now, now. Returns a row per lot.
 */
export const EXPIRE_LOTS_SQL = `
WITH lots AS (
  SELECT l.* FROM unnest(string_to_array(?, ',')) AS acc(id)
  CROSS JOIN LATERAL (
    SELECT e.id, e.account_id, e.customer_id, e.remaining FROM mbr_points_entry e
    WHERE e.account_id = acc.id AND e.deleted_at IS NULL AND e.remaining > 0
      AND e.expires_at <= ?::timestamptz
    OFFSET 0) l
),
grouped AS (
  SELECT account_id, min(customer_id) AS customer_id, sum(remaining)::integer AS points,
    jsonb_agg(jsonb_build_object('lot_id', id, 'points', remaining) ORDER BY id) AS draws
  FROM lots GROUP BY account_id
),
written AS (
  INSERT INTO mbr_points_entry (id, account_id, customer_id, type, points, reference,
    reference_id, draws, shortfall, created_at, updated_at)
  SELECT ${entryId}, account_id, customer_id, 'expire', -points, 'expiry', ?::text,
    draws, 0, now(), now()
  FROM grouped ORDER BY account_id
  ON CONFLICT (account_id, type, reference, reference_id) WHERE deleted_at IS NULL DO NOTHING
  RETURNING account_id, customer_id
)
UPDATE mbr_points_entry e SET remaining = 0, updated_at = now()
WHERE e.id = ANY(ARRAY(
  SELECT l.id FROM lots l JOIN written w ON w.account_id = l.account_id))
RETURNING e.customer_id`

/**
 * Outstanding points by expiry month, and issued / redeemed / expired per month.
 * Bindings: now x2.
 */
export const LIABILITY_OUTSTANDING_SQL = `
SELECT to_char(date_trunc('month', expires_at), 'YYYY-MM') AS month,
  sum(remaining)::bigint AS points
FROM mbr_points_entry
WHERE deleted_at IS NULL AND remaining > 0 AND (expires_at IS NULL OR expires_at > ?::timestamptz)
GROUP BY 1 ORDER BY 1 NULLS LAST`

export const LIABILITY_FLOWS_SQL = `
SELECT to_char(date_trunc('month', created_at), 'YYYY-MM') AS month,
  coalesce(sum(points) FILTER (WHERE type IN ('earn', 'cashback', 'bonus', 'adjust_credit')), 0)::bigint AS issued,
  coalesce(-sum(points) FILTER (WHERE type = 'redeem'), 0)::bigint
    - coalesce(sum(points) FILTER (WHERE type = 'restore'), 0)::bigint AS redeemed,
  coalesce(-sum(points) FILTER (WHERE type = 'expire'), 0)::bigint AS expired,
  coalesce(-sum(points) FILTER (WHERE type IN ('reverse', 'void', 'adjust_debit')), 0)::bigint AS reversed
FROM mbr_points_entry
WHERE deleted_at IS NULL AND created_at >= ?::timestamptz
GROUP BY 1 ORDER BY 1`

/** Creates the default program once. */
export const ENSURE_PROGRAM_SQL = `
INSERT INTO mbr_points_program (id, handle, created_at, updated_at)
VALUES ('mbrpp_' || upper(replace(gen_random_uuid()::text, '-', '')), 'default', now(), now())
ON CONFLICT (handle) WHERE deleted_at IS NULL DO NOTHING`

/**
 * Redemptions of these carts (key "cart" / "<cart id>:<attempt>") that were not
 * given back. Binding: cart ids JSON.
 */
export const OPEN_REDEMPTIONS_SQL = `
SELECT r.* FROM mbr_points_entry r
JOIN (SELECT jsonb_array_elements_text(?::jsonb) AS cart_id) c
  ON r.reference_id LIKE c.cart_id || ':%'
WHERE r.type = 'redeem' AND r.reference = 'cart' AND r.deleted_at IS NULL
  AND NOT EXISTS (
    SELECT 1 FROM mbr_points_entry s
    WHERE s.type = 'restore' AND s.reference = 'entry' AND s.reference_id = r.id
      AND s.deleted_at IS NULL)
ORDER BY r.created_at`

/** An order's entries, and its carts' redemptions and their restores. Bindings: order id, cart ids JSON. */
export const ORDER_ENTRIES_SQL = `
SELECT e.* FROM mbr_points_entry e
WHERE e.deleted_at IS NULL AND (e.order_id = ?
  OR (e.type = 'redeem' AND e.reference = 'cart' AND split_part(e.reference_id, ':', 1)
      IN (SELECT jsonb_array_elements_text(?::jsonb)))
  OR (e.type = 'restore' AND e.reference_id IN (
      SELECT r.id FROM mbr_points_entry r WHERE r.type = 'redeem' AND r.reference = 'cart'
        AND split_part(r.reference_id, ':', 1) IN (SELECT jsonb_array_elements_text(?::jsonb)))))
ORDER BY e.created_at, e.id`
