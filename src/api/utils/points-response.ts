import type {
  PointsEntryRow,
  PointsProgramRow,
} from "../../modules/member-points/types"

const iso = (value: Date | string | null | undefined) =>
  value ? new Date(value).toISOString() : null

export const entryResponse = (e: PointsEntryRow) => ({
  id: e.id,
  type: e.type,
  points: e.points,
  remaining: e.remaining,
  available_at: iso(e.available_at),
  expires_at: iso(e.expires_at),
  reference: e.reference,
  reference_id: e.reference_id,
  order_id: e.order_id,
  shortfall: e.shortfall,
  reason: e.reason,
  actor_id: e.actor_id,
  created_at: iso(e.created_at)!,
})
export type PointsEntryResponse = ReturnType<typeof entryResponse>

export const programResponse = (p: PointsProgramRow) => ({
  id: p.id,
  enabled: p.enabled,
  currency_code: p.currency_code,
  earn_rate: Number(p.earn_rate),
  point_value: Number(p.point_value),
  min_redeem_points: p.min_redeem_points,
  max_redeem_share: Number(p.max_redeem_share),
  expiry_months: p.expiry_months,
  pending_days: p.pending_days,
  signup_bonus: p.signup_bonus,
  checkin_bonus: p.checkin_bonus,
  checkin_streak_bonus: p.checkin_streak_bonus,
  review_bonus: p.review_bonus,
  birthday_bonus: p.birthday_bonus,
  tier_up_bonus: p.tier_up_bonus,
  timezone: p.timezone,
  reversal_policy: p.reversal_policy,
})
export type PointsProgramResponse = ReturnType<typeof programResponse>
