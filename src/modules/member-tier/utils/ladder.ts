export const TIER_BASES = ["spend", "orders", "points_earned"] as const
export type TierBasis = (typeof TIER_BASES)[number]

export const TIER_WINDOWS = ["lifetime", "rolling", "calendar_year"] as const
export type TierWindow = (typeof TIER_WINDOWS)[number]

export const TIER_CHANGE_REASONS = [
  "qualified",
  "lapsed",
  "pinned",
  "ladder_changed",
  "admin",
] as const
export type TierChangeReason = (typeof TIER_CHANGE_REASONS)[number]

/** What qualification and the ladder's checks need of a tier. */
export type LadderTier = {
  id?: string
  name: string
  handle: string
  rank: number
  basis: TierBasis
  threshold: number
  window: TierWindow
  window_days?: number | null
  grace_days?: number
}

/** A saved rung: what qualification and the grace rule need. */
export type RankedTier = LadderTier & { id: string; grace_days: number }

export type LadderIssue = { path: (string | number)[]; message: string }

/** The qualification measure of a tier: basis over its window. */
export const measureKey = (
  tier: Pick<LadderTier, "basis" | "window" | "window_days">
) =>
  `${tier.basis}:${tier.window}${tier.window === "rolling" ? `:${tier.window_days}` : ""}`

/**
 * A strict ladder: unique ranks and handles, one base tier (rank 0,
 * threshold 0), and among tiers measured the same way a higher rank never
 * asks for less. Each issue names the offending field (`tiers[2].threshold`).
 */
export function ladderIssues(tiers: LadderTier[]): LadderIssue[] {
  const issues: LadderIssue[] = []
  const seenRank = new Map<number, number>()
  const seenHandle = new Map<string, number>()
  tiers.forEach((tier, index) => {
    if (seenRank.has(tier.rank)) {
      issues.push({
        path: [index, "rank"],
        message: `rank ${tier.rank} is used by tiers[${seenRank.get(tier.rank)}]`,
      })
    } else seenRank.set(tier.rank, index)
    if (seenHandle.has(tier.handle)) {
      issues.push({
        path: [index, "handle"],
        message: `handle "${tier.handle}" is used by tiers[${seenHandle.get(tier.handle)}]`,
      })
    } else seenHandle.set(tier.handle, index)
    if (tier.window === "rolling" && !tier.window_days) {
      issues.push({
        path: [index, "window_days"],
        message: "a rolling window needs window_days",
      })
    }
    if (tier.rank === 0 && tier.threshold !== 0) {
      issues.push({
        path: [index, "threshold"],
        message: "the base tier (rank 0) has threshold 0",
      })
    }
  })
  if (tiers.length && !seenRank.has(0)) {
    issues.push({
      path: [],
      message: "the ladder needs a base tier with rank 0",
    })
  }
  const byRank = tiers
    .map((tier, index) => ({ tier, index }))
    .sort((a, b) => a.tier.rank - b.tier.rank)
  const lastOfMeasure = new Map<string, { threshold: number; index: number }>()
  for (const { tier, index } of byRank) {
    if (tier.rank === 0) continue
    const key = measureKey(tier)
    const previous = lastOfMeasure.get(key)
    if (previous && tier.threshold <= previous.threshold) {
      issues.push({
        path: [index, "threshold"],
        message: `must be above tiers[${previous.index}].threshold (${previous.threshold}): a higher rank asks for more`,
      })
    }
    if (!previous || tier.threshold > previous.threshold) {
      lastOfMeasure.set(key, { threshold: tier.threshold, index })
    }
  }
  return issues
}
