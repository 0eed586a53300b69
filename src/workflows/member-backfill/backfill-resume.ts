import type { MemberBackfillDTO } from "./backfill-progress"
import { BACKFILL_STALE_AFTER_MS } from "./run-member-backfill"

const age = (value: Date | string | null, now: Date) =>
  value ? now.getTime() - new Date(value).getTime() : Infinity

/**
 * Runs a worker should pick up: pending ones whose request event was not handled
 * within the stale window, and running ones whose worker stopped beating.
 */
export function backfillsToResume(runs: MemberBackfillDTO[], now = new Date()) {
  return runs.filter((run) =>
    run.status === "pending"
      ? age(run.created_at, now) > BACKFILL_STALE_AFTER_MS
      : run.status === "running" &&
        age(run.heartbeat_at, now) > BACKFILL_STALE_AFTER_MS
  )
}
