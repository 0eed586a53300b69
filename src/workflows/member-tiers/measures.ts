import type { EvaluationRung, TierDTO } from "../../modules/member-tier/types"
import { measureKey, type RankedTier } from "../../modules/member-tier/utils"
import type { TierMeasure } from "../../modules/member-segment/types"

export type LadderEntry = RankedTier & { customer_group_id: string | null }

/** The ladder as the decision, the measures and the group sync need it, in rank order. */
export const rankedLadder = (tiers: TierDTO[]): LadderEntry[] =>
  tiers
    .map((tier) => ({
      id: tier.id,
      name: tier.name,
      handle: tier.handle,
      rank: tier.rank,
      basis: tier.basis,
      threshold: Number(tier.threshold),
      window: tier.window,
      window_days: tier.window_days,
      grace_days: tier.grace_days,
      customer_group_id: tier.customer_group_id,
    }))
    .sort((a, b) => a.rank - b.rank)

/** The ladder as the evaluation SQL reads it. */
export const evaluationRungs = (ladder: RankedTier[]): EvaluationRung[] =>
  ladder.map((tier) => ({
    id: tier.id,
    rank: tier.rank,
    key: measureKey(tier),
    threshold: tier.threshold,
    grace_days: tier.grace_days,
  }))

/** The distinct measures a ladder qualifies members by. */
export const ladderMeasures = (ladder: RankedTier[]): TierMeasure[] => [
  ...new Map(
    ladder
      .filter((tier) => tier.rank > 0)
      .map((tier) => [
        measureKey(tier),
        {
          key: measureKey(tier),
          basis: tier.basis,
          window: tier.window,
          days: tier.window === "rolling" ? (tier.window_days ?? null) : null,
        },
      ])
  ).values(),
]

/** The start of a measure's window at `now` (undefined: the lifetime). */
export const windowStart = (measure: TierMeasure, now: Date) => {
  if (measure.window === "rolling" && measure.days) {
    return new Date(now.getTime() - measure.days * 86_400_000)
  }
  if (measure.window === "calendar_year") {
    return new Date(Date.UTC(now.getUTCFullYear(), 0, 1))
  }
  return undefined
}
