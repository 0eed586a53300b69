/** Events the plugin emits. Payloads carry ids (and the two stage names). */
export const MembershipEvents = {
  /** `{ customer_id, from, to }` when a member's lifecycle stage changes. */
  STAGE_CHANGED: "member.stage_changed",
  /** `{ id }` of a backfill run that should start or resume. */
  BACKFILL_REQUESTED: "member.backfill_requested",
} as const
