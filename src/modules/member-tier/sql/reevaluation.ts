import { sqlEntityId } from "../../member-segment/sql/raw-money"

/** The run a repeated request for the same ladder finds: the newest one, unless it failed. */
export const LATEST_REEVALUATION_SQL = `
SELECT id, status, ladder_key FROM mbr_tier_reevaluation
WHERE deleted_at IS NULL
ORDER BY created_at DESC, id DESC
LIMIT 1`

/**
 * Ends the active run (if any) as superseded. Returns whether it allowed
 * downgrades, so the run replacing it does too.
 */
export const SUPERSEDE_REEVALUATION_SQL = `
UPDATE mbr_tier_reevaluation
SET status = 'superseded', active_slot = NULL, runner_id = NULL,
  finished_at = now(), updated_at = now()
WHERE deleted_at IS NULL AND active_slot IS NOT NULL
RETURNING allow_downgrade`

/**
 * Bindings: trigger, ladder key, evaluated at, allow downgrade. A pending run
 * in the one active slot; nothing when another start took the slot first.
 */
export const INSERT_REEVALUATION_SQL = `
INSERT INTO mbr_tier_reevaluation (id, status, trigger, ladder_key, evaluated_at,
  allow_downgrade, total, processed, moved, active_slot, created_at, updated_at)
VALUES (${sqlEntityId("mbrtre")}, 'pending', ?, ?, ?::timestamptz, ?::boolean,
  0, 0, 0, 'active', clock_timestamp(), clock_timestamp())
ON CONFLICT (active_slot) WHERE deleted_at IS NULL AND active_slot IS NOT NULL DO NOTHING
RETURNING id`

/**
 * Takes the run's lease for a runner: a run nobody holds, one this runner
 * holds, or one whose holder stopped beating. Bindings: runner, id, runner,
 * stale seconds. Returns the run's id when the lease is this runner's.
 */
export const CLAIM_REEVALUATION_SQL = `
UPDATE mbr_tier_reevaluation
SET runner_id = ?, status = 'running', heartbeat_at = now(),
  started_at = coalesce(started_at, now()), error = NULL, updated_at = now()
WHERE id = ? AND deleted_at IS NULL AND status IN ('pending', 'running')
  AND (runner_id IS NULL OR runner_id = ?
    OR heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => ?))
RETURNING id`

/**
 * Saves a page's progress and renews the lease, only while this runner holds
 * the run (a superseded or taken-over run is left alone). Bindings: total,
 * processed, moved, cursor, status (null: still running), error, id, runner.
 * A finished run frees the active slot and its lease.
 */
export const SAVE_REEVALUATION_SQL = `
WITH next AS (
  SELECT ?::int AS total, ?::int AS processed, ?::int AS moved, ?::text AS cursor,
    ?::text AS status, ?::text AS error
)
UPDATE mbr_tier_reevaluation r
SET total = next.total, processed = next.processed, moved = next.moved,
  cursor = next.cursor, status = coalesce(next.status, r.status), error = next.error,
  heartbeat_at = now(), updated_at = now(),
  finished_at = CASE WHEN next.status IS NULL THEN NULL ELSE now() END,
  active_slot = CASE WHEN next.status IS NULL THEN r.active_slot END,
  runner_id = CASE WHEN next.status IS NULL THEN r.runner_id END
FROM next
WHERE r.id = ? AND r.runner_id = ? AND r.status = 'running' AND r.deleted_at IS NULL
RETURNING r.id`
