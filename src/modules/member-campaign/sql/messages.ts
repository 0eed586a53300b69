const sqlEntityId = (prefix: string) =>
  `'${prefix}_' || upper(replace(gen_random_uuid()::text, '-', ''))`

/**
 * Queues messages; a key that is already queued or sent is skipped, so a replayed
 * event or a rerun scan queues nothing new. Returns the rows it created.
 * Binding: messages JSON.
 */
export const ENQUEUE_MESSAGES_SQL = `
INSERT INTO mbr_message (id, customer_id, source, source_id, reference, category,
  channel, channels, cohort, status, idempotency_key, send_after, data, attempts,
  created_at, updated_at)
SELECT ${sqlEntityId("mbrmsg")}, i.customer_id, i.source, i.source_id, i.reference,
  i.category, i.channels[1], i.channels, coalesce(i.cohort, 'treatment'), 'queued',
  i.idempotency_key, coalesce(i.send_after, now()), i.data, 0, now(), now()
FROM jsonb_to_recordset(?::jsonb) AS i(customer_id text, source text, source_id text,
  reference text, category text, channels text[], cohort text, idempotency_key text,
  send_after timestamptz, data jsonb)
ORDER BY i.idempotency_key
ON CONFLICT (idempotency_key) WHERE deleted_at IS NULL DO NOTHING
RETURNING id, idempotency_key`

/** Compensation of an enqueue: removes the rows it created while still queued. Binding: ids JSON. */
export const DELETE_QUEUED_SQL = `
DELETE FROM mbr_message
WHERE status = 'queued' AND attempts = 0
  AND id IN (SELECT jsonb_array_elements_text(?::jsonb))`

/**
 * Claims due messages for this worker with a lease: rows another worker holds are
 * skipped (SKIP LOCKED while it claims, the lease after). Bindings: now, limit, lease seconds.
 */
export const CLAIM_MESSAGES_SQL = `
WITH due AS (
  SELECT id FROM mbr_message
  WHERE deleted_at IS NULL AND status = 'queued' AND send_after <= ?::timestamptz
    AND (claimed_until IS NULL OR claimed_until < now())
  ORDER BY send_after, id
  LIMIT ?
  FOR UPDATE SKIP LOCKED
)
UPDATE mbr_message m
SET claimed_until = now() + make_interval(secs => ?), attempts = m.attempts + 1,
  updated_at = now()
FROM due WHERE m.id = due.id
RETURNING m.id, m.customer_id, m.source, m.source_id, m.reference, m.category,
  m.channel, m.channels, m.idempotency_key, m.data, m.attempts, m.send_after, m.sent_at`

/** Serialises cap checks per member and channel across workers until the transaction ends. Binding: keys JSON. */
export const LOCK_CAP_KEYS_SQL = `
SELECT count(pg_advisory_xact_lock(hashtextextended(k, 7)))
FROM (SELECT DISTINCT jsonb_array_elements_text(?::jsonb) AS k ORDER BY 1) keys`

/**
 * Marketing sends per member and channel inside each channel's window; a message
 * the dispatcher committed to (sent_at stamped, still queued) counts too.
 * Binding: [{ customer_id, channel, since }] JSON.
 */
export const COUNT_RECENT_SENDS_SQL = `
SELECT w.customer_id, w.channel, count(m.id)::int AS sent
FROM jsonb_to_recordset(?::jsonb) AS w(customer_id text, channel text, since timestamptz)
JOIN mbr_message m ON m.customer_id = w.customer_id AND m.channel = w.channel
  AND m.deleted_at IS NULL AND m.category = 'marketing'
  AND m.status IN ('queued', 'sent') AND m.sent_at >= w.since
GROUP BY w.customer_id, w.channel`

/** Stamps the messages about to be sent, so they count against caps. Binding: [{ id, channel }] JSON, now. */
export const RESERVE_SENDS_SQL = `
UPDATE mbr_message m SET sent_at = ?::timestamptz, channel = r.channel, updated_at = now()
FROM jsonb_to_recordset(?::jsonb) AS r(id text, channel text)
WHERE m.id = r.id AND m.status = 'queued'`

/**
 * Writes each claimed message's outcome, only while this worker's claim is the
 * latest (attempts unchanged). Binding: outcomes JSON.
 */
export const SETTLE_MESSAGES_SQL = `
UPDATE mbr_message m SET
  status = o.status,
  reason = CASE WHEN o.status = 'sent' AND m.reason = 'quiet_hours'
    THEN 'postponed:quiet_hours' ELSE o.reason END, channel = coalesce(o.channel, m.channel),
  send_after = coalesce(o.send_after, m.send_after),
  sent_at = CASE WHEN o.status = 'sent' THEN coalesce(m.sent_at, now())
    WHEN o.status = 'queued' AND o.keep_reservation THEN m.sent_at END,
  recipient = coalesce(o.recipient, m.recipient), locale = coalesce(o.locale, m.locale),
  subject = coalesce(o.subject, m.subject), body_text = coalesce(o.body_text, m.body_text),
  body_html = coalesce(o.body_html, m.body_html),
  notification_id = coalesce(o.notification_id, m.notification_id),
  claimed_until = NULL, updated_at = now()
FROM jsonb_to_recordset(?::jsonb) AS o(id text, attempts integer, status text,
  reason text, channel text, send_after timestamptz, keep_reservation boolean,
  recipient text, locale text, subject text, body_text text, body_html text,
  notification_id text)
WHERE m.id = o.id AND m.attempts = o.attempts AND m.status = 'queued'
RETURNING m.id`

/** Per reminder (or campaign) and status, since a moment. Bindings: source, since. */
export const MESSAGE_COUNTS_SQL = `
SELECT source_id, status, count(*)::int AS count
FROM mbr_message
WHERE deleted_at IS NULL AND source = ? AND created_at >= ?::timestamptz
GROUP BY source_id, status`

/** Keeps ids, keys, outcomes and counts; drops who it was for and what it said. Binding: customer id. */
export const ERASE_CUSTOMER_MESSAGES_SQL = `
UPDATE mbr_message SET customer_id = NULL, recipient = NULL, data = NULL,
  subject = NULL, body_text = NULL, body_html = NULL,
  status = CASE WHEN status = 'queued' THEN 'suppressed' ELSE status END,
  reason = CASE WHEN status = 'queued' THEN 'erased' ELSE reason END,
  updated_at = now()
WHERE customer_id = ?`

/** Creates the rules that do not exist yet (disabled, default parameters). Binding: rules JSON. */
export const ENSURE_RULES_SQL = `
INSERT INTO mbr_reminder_rule (id, key, enabled, params, templates, channels, created_at, updated_at)
SELECT ${sqlEntityId("mbrrr")}, i.key, coalesce(i.enabled, false), i.params, '{}'::jsonb,
  i.channels, now(), now()
FROM jsonb_to_recordset(?::jsonb) AS i(key text, enabled boolean, params jsonb, channels text[])
ORDER BY i.key
ON CONFLICT (key) WHERE deleted_at IS NULL DO NOTHING`
