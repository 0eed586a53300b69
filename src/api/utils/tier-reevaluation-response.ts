import type { TierReevaluationDTO } from "../../modules/member-tier/types"
import { backfillProgress } from "../../workflows/member-backfill/backfill-progress"

/** A re-evaluation run as the admin API answers it: counts, timing, rate and ETA. */
export const tierReevaluationResponse = (run: TierReevaluationDTO) => ({
  id: run.id,
  status: run.status,
  trigger: run.trigger,
  total: run.total,
  processed: run.processed,
  moved: run.moved,
  ...backfillProgress(run),
  evaluated_at: run.evaluated_at,
  started_at: run.started_at,
  finished_at: run.finished_at,
  error: run.error,
})

export type TierReevaluationResponse = ReturnType<
  typeof tierReevaluationResponse
>
