import type {
  TierBasis,
  TierChangeReason,
  TierWindow,
} from "../../modules/member-tier/utils/ladder"

import type { TierReevaluationResponse } from "../../api/utils/tier-reevaluation-response"
import type { Json } from "./types"

export type { TierBasis, TierChangeReason, TierWindow }

/** The current (or last) re-evaluation of every member, as `GET /admin/tiers` answers it. */
export type TierReevaluation = Json<TierReevaluationResponse>
export type TierReevaluationStatus = TierReevaluation["status"]
export type TierReevaluationTrigger = TierReevaluation["trigger"]

/** A tier as `GET /admin/tiers` answers it: definition, benefits and standing. */
export type AdminTier = {
  id: string
  name: string
  handle: string
  rank: number
  basis: TierBasis
  threshold: number
  window: TierWindow
  window_days: number | null
  grace_days: number
  points_multiplier: number
  cashback_rate: number
  free_shipping: boolean
  free_shipping_min_subtotal: number | null
  birthday_bonus_points: number | null
  description: string | null
  customer_group_id: string | null
  price_list_id: string | null
  promotion_id: string | null
  member_count: number
  revenue: number
  revenue_share: number
}

/** `GET /admin/tiers`. */
export type AdminTiersResponse = {
  tiers: AdminTier[]
  reevaluation: TierReevaluation | null
}

/** What `POST /admin/tiers` and `POST /admin/tiers/:id` take. */
export type AdminTierBody = Pick<
  AdminTier,
  | "name"
  | "handle"
  | "rank"
  | "basis"
  | "threshold"
  | "window"
  | "window_days"
  | "grace_days"
  | "points_multiplier"
  | "cashback_rate"
  | "free_shipping"
  | "free_shipping_min_subtotal"
  | "birthday_bonus_points"
  | "description"
>

export type TierPreview = {
  tiers: {
    rank: number
    name: string
    handle: string
    member_count: number
    revenue: number
    revenue_share: number
  }[]
  moves: {
    up: number
    down: number
    unchanged: number
    up_sample: string[]
    down_sample: string[]
  }
  took_ms: number
}

export type TierPrice = {
  id: string
  variant_id: string
  currency_code: string
  amount: number
}

export type TierPricesUpdate = {
  prices?: { variant_id: string; currency_code: string; amount: number }[]
  percent_off?: {
    percent: number
    currency_code: string
    product_ids: string[]
    category_ids?: string[]
  }
  remove_variant_ids?: string[]
}

export type MemberTierProgress = {
  basis: TierBasis | null
  current_value: number
  currency_code: string | null
  next_tier: { id: string; name: string; threshold: number } | null
  remaining_to_next: number | null
  retain_by: string | null
  remaining_to_retain: number | null
  tier_since: string | null
}

export type MemberTierChange = {
  id: string
  from_tier_id: string | null
  to_tier_id: string | null
  reason: TierChangeReason
  actor: string | null
  value: number | null
  created_at: string
}

export type MemberTier = {
  tier: { id: string; name: string; handle: string; rank: number } | null
  progress: MemberTierProgress | null
  pinned: boolean
  history: MemberTierChange[]
}

/** A product found by the price editor's search, with its variants. */
export type ProductHit = {
  id: string
  title: string
  variants: { id: string; title: string | null; sku: string | null }[]
}
