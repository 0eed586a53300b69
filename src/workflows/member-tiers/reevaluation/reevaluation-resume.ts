import type { TierReevaluationDTO } from "../../../modules/member-tier/types"
import { REEVALUATION_STALE_AFTER_MS } from "./run-tier-reevaluation"

const age = (value: Date | string | null, now: Date) =>
  value ? now.getTime() - new Date(value).getTime() : Infinity

/**
 * Runs a worker should pick up: pending ones nobody started within the stale
 * window, and running ones whose worker stopped beating.
 */
export const reevaluationsToResume = (
  runs: TierReevaluationDTO[],
  now = new Date()
) =>
  runs.filter((run) =>
    run.status === "pending"
      ? age(run.created_at, now) > REEVALUATION_STALE_AFTER_MS
      : run.status === "running" &&
        age(run.heartbeat_at, now) > REEVALUATION_STALE_AFTER_MS
  )
