import type {
  ReevaluationProgress,
  TierReevaluationDTO,
} from "../../../modules/member-tier/types"

export const describeReevaluation = (
  run: TierReevaluationDTO,
  progress: ReevaluationProgress
) =>
  `tier re-evaluation ${run.id} (${run.trigger}): ${progress.processed}/${progress.total} members, ${progress.moved} moved`
