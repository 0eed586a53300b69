import type { MemberBackfillDTO } from "../../modules/member-segment/types"

export type { MemberBackfillDTO }

type ProgressOf = Pick<
  MemberBackfillDTO,
  "started_at" | "finished_at" | "processed" | "total"
> & { status: string }

/** Rate since the run started and the time left at that rate (any paged run). */
export function backfillProgress(run: ProgressOf, now = new Date()) {
  const started = run.started_at ? new Date(run.started_at).getTime() : null
  const end = run.finished_at
    ? new Date(run.finished_at).getTime()
    : now.getTime()
  const seconds = started === null ? 0 : (end - started) / 1000
  const rate = seconds > 0 && run.processed > 0 ? run.processed / seconds : null
  const left = Math.max(run.total - run.processed, 0)
  return {
    rate_per_second: rate === null ? null : Math.round(rate * 10) / 10,
    eta_seconds:
      run.status === "completed"
        ? 0
        : rate === null
          ? null
          : Math.round(left / rate),
  }
}

export const describeBackfill = (run: MemberBackfillDTO) => {
  const { rate_per_second, eta_seconds } = backfillProgress(run)
  const rate = rate_per_second === null ? "-" : `${rate_per_second}/s`
  const eta = eta_seconds === null ? "-" : `${eta_seconds}s`
  return `member backfill ${run.id} ${run.phase}: ${run.processed}/${run.total} (${rate}, ETA ${eta})`
}
