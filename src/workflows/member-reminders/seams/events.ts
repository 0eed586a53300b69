import { MembershipEvents } from "../../../events"

/** `member.tier_changed { customer_id, from_tier_id, to_tier_id, reason }`, which the tier evaluation emits. */
export const TIER_CHANGED_EVENT = MembershipEvents.TIER_CHANGED
