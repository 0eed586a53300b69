import type { MemberBackfill } from "./types"

export const isBackfillActive = (backfill?: MemberBackfill | null) =>
  backfill?.status === "pending" || backfill?.status === "running"

/** Share done, 0 to 1: no total before the first count; a finished run is full. */
export const backfillRatio = ({ status, processed, total }: MemberBackfill) =>
  status === "completed" ? 1 : total > 0 ? Math.min(processed / total, 1) : 0
