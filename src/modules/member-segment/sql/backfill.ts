import { sqlEntityId } from "./raw-money"

/**
 * Creates a pending run unless one is active (pending or running): the unique
 * active slot makes that one statement under any concurrency. Returns the new
 * run, or nothing when another run is active.
 */
export const START_BACKFILL_SQL = `
INSERT INTO mbr_backfill (id, status, phase, processed, total, active_slot, created_at, updated_at)
VALUES (${sqlEntityId("mbrbf")}, 'pending', 'orders', 0, 0, 'active', now(), now())
ON CONFLICT (active_slot) WHERE deleted_at IS NULL AND active_slot IS NOT NULL DO NOTHING
RETURNING id`

/**
 * Takes the run's lease for a runner: a run nobody holds, one this runner
 * holds, or one whose holder stopped beating. Bindings: runner, id, runner,
 * stale seconds. Returns the run's id when the lease is this runner's.
 */
export const CLAIM_BACKFILL_SQL = `
UPDATE mbr_backfill
SET runner_id = ?, status = 'running', heartbeat_at = now(),
  started_at = coalesce(started_at, now()), error = NULL, updated_at = now()
WHERE id = ? AND deleted_at IS NULL AND status IN ('pending', 'running')
  AND (runner_id IS NULL OR runner_id = ?
    OR heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => ?))
RETURNING id`
