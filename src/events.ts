/** Events the plugin emits. Payloads carry ids (and the two stage names). */
export const MembershipEvents = {
  /** `{ customer_id, from, to }` when a member's lifecycle stage changes. */
  STAGE_CHANGED: "member.stage_changed",
  /** `{ customer_ids }` whose derived metrics changed (not during a backfill). */
  METRICS_CHANGED: "member.metrics_changed",
  /** `{ customer_id }` of a deleted customer whose member data was erased. */
  DATA_ERASED: "member.data_erased",
  /** `{ id }` of a backfill run that should start or resume. */
  BACKFILL_REQUESTED: "member.backfill_requested",
  /** `{ id }` of a backfill run that finished importing every order and customer. */
  BACKFILL_COMPLETED: "member.backfill_completed",
  /** `{ customer_id, from_tier_id, to_tier_id, reason }` when a member moves between tiers. */
  TIER_CHANGED: "member.tier_changed",
  /** `{ customer_ids }` credited earned points (an order's lots, a bonus, a check-in); not on replays. */
  POINTS_CREDITED: "member.points_credited",
  /**
   * `{ moves: [{ customer_id, from_tier_id, to_tier_id, reason }] }`: the same
   * moves, once per evaluation (a page of a ladder re-evaluation, a member's
   * upgrade), for handlers that work in batches; the plugin's own listen here.
   */
  TIERS_CHANGED: "member.tiers_changed",
  /** `{ tier_ids }` after tiers were created, changed or deleted: every member is re-evaluated. */
  TIER_LADDER_CHANGED: "member.tier_ladder_changed",
  /** `{ segment_id, customer_ids }` of members a segment refresh added (batches of up to 1000 ids). */
  SEGMENT_ENTERED: "member.segment_entered",
  /** `{ segment_id, customer_ids }` of members a segment refresh removed (batches of up to 1000 ids). */
  SEGMENT_EXITED: "member.segment_exited",
} as const
