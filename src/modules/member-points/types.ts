import type { Draw } from "./utils/draw"
import type { EntryType } from "./models/points-entry"

export type PointsEntryRow = {
  id: string
  account_id: string
  customer_id: string
  type: EntryType
  points: number
  remaining: number | null
  available_at: Date | string | null
  expires_at: Date | string | null
  reference: string
  reference_id: string
  order_id: string | null
  earn_rate: number | null
  draws: Draw[] | null
  shortfall: number
  reason: string | null
  actor_id: string | null
  metadata: Record<string, unknown> | null
  created_at: Date | string
}

export type PointsBalance = {
  customer_id: string
  available: number
  pending: number
  expiring: number
  next_expiry: string | null
}

type EntryKey = {
  customer_id: string
  reference: string
  reference_id: string
  order_id?: string | null
  reason?: string | null
  actor_id?: string | null
  metadata?: Record<string, unknown> | null
  created_at?: Date
}

export type CreditInput = EntryKey & {
  type: "earn" | "cashback" | "bonus" | "adjust_credit"
  points: number
  /** null: pending until released */
  available_at: Date | null
  expires_at?: Date | null
  earn_rate?: number | null
}

export type DebitInput = EntryKey & {
  type: "redeem" | "expire" | "reverse" | "void" | "adjust_debit"
  points: number
  /** Take what there is and record the rest as shortfall instead of failing. */
  clamp?: boolean
  /** Lots drawn first, even while pending (an order's own lots for reversals). */
  prefer_lot_ids?: string[]
  now?: Date
}

/** The outcome of a write: the entry, and whether this call created it (false: a replay). */
export type EntryResult = { entry: PointsEntryRow | null; created: boolean }

export type PointsProgramRow = {
  id: string
  enabled: boolean
  currency_code: string | null
  earn_rate: number
  point_value: number
  min_redeem_points: number
  max_redeem_share: number
  expiry_months: number | null
  pending_days: number
  signup_bonus: number
  checkin_bonus: number
  checkin_streak_bonus: number
  review_bonus: number
  birthday_bonus: number
  tier_up_bonus: number
  timezone: string
  reversal_policy: "clamp"
}
