/**
 * `member.tier_changed { customer_id, from_tier_id, to_tier_id, reason }`, which the
 * tier evaluation (tiers branch) emits. Kept here until it is in src/events.ts;
 * then this should re-export MembershipEvents.TIER_CHANGED.
 */
export const TIER_CHANGED_EVENT = "member.tier_changed"
