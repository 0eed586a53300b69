import {
  backfillProgress,
  type MemberBackfillDTO,
} from "../../workflows/member-backfill/backfill-progress"

/** The backfill shape the admin API answers with: the run plus its rate and ETA. */
export const backfillResponse = (run: MemberBackfillDTO) => ({
  id: run.id,
  status: run.status,
  phase: run.phase,
  processed: run.processed,
  total: run.total,
  ...backfillProgress(run),
  started_at: run.started_at,
  finished_at: run.finished_at,
  updated_at: run.updated_at,
  error: run.error,
})

export type BackfillResponse = ReturnType<typeof backfillResponse>
