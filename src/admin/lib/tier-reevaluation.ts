import type { TierReevaluation } from "./tier-types"

export const isReevaluationActive = (run?: TierReevaluation | null) =>
  run?.status === "pending" || run?.status === "running"

/** Share done, 0 to 1: no total before the first count; a finished run is full. */
export const reevaluationRatio = ({
  status,
  processed,
  total,
}: TierReevaluation) =>
  status === "completed" ? 1 : total > 0 ? Math.min(processed / total, 1) : 0
