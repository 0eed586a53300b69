import {
  measureKey,
  type RankedTier,
  type TierChangeReason,
} from "../utils/ladder"

// The tier decision written plainly, one member at a time: the reference the
// set-based SQL (sql/tier-evaluation.ts) is checked against.

export type MemberTierState = {
  tier_id: string | null
  tier_pinned: boolean
  /** The last moment the member was seen qualifying for their tier. */
  tier_qualified_at: Date | string | null
  /** Qualification values by measure key (see measureKey). */
  values: Record<string, number>
}

export type TierDecision = {
  /** The tier the member should hold now. */
  tier_id: string
  reason: TierChangeReason | null
  /** The member still qualifies for the tier they hold (refreshes tier_qualified_at). */
  qualifies: boolean
}

const DAY = 86_400_000

/** The highest tier whose threshold the member's values reach; the base tier at least. */
export function qualifyingTier(
  ladder: RankedTier[],
  values: Record<string, number>
) {
  const sorted = [...ladder].sort((a, b) => b.rank - a.rank)
  return (
    sorted.find(
      (tier) =>
        tier.rank === 0 || (values[measureKey(tier)] ?? 0) >= tier.threshold
    ) ?? sorted[sorted.length - 1]
  )
}

/**
 * One member's tier, given the ladder. Upgrades happen at once. A member who
 * no longer qualifies keeps their tier through its grace days counted from the
 * last time they qualified; only `allowDowngrade` (the daily job) moves them
 * down. Pinned members never move. A member whose tier left the ladder takes
 * the tier they qualify for.
 */
export function decideTier(
  ladder: RankedTier[],
  member: MemberTierState,
  now: Date,
  allowDowngrade: boolean
): TierDecision | null {
  if (!ladder.length) return null
  const target = qualifyingTier(ladder, member.values)
  const current = ladder.find((tier) => tier.id === member.tier_id)
  if (!current) {
    return {
      tier_id: target.id,
      reason: member.tier_id ? "ladder_changed" : "qualified",
      qualifies: true,
    }
  }
  if (member.tier_pinned) {
    return {
      tier_id: current.id,
      reason: null,
      qualifies: target.rank >= current.rank,
    }
  }
  if (target.rank > current.rank) {
    return { tier_id: target.id, reason: "qualified", qualifies: true }
  }
  if (target.rank === current.rank) {
    return { tier_id: current.id, reason: null, qualifies: true }
  }
  const since = member.tier_qualified_at
    ? new Date(member.tier_qualified_at).getTime()
    : now.getTime()
  const graceOver = now.getTime() >= since + current.grace_days * DAY
  if (allowDowngrade && graceOver) {
    return { tier_id: target.id, reason: "lapsed", qualifies: true }
  }
  return { tier_id: current.id, reason: null, qualifies: false }
}
