import type { TierBasis, TierWindow } from "../../modules/member-tier/utils"

/** A tier as admins define it (the plugin owns its group, price list and promotion). */
export type TierInput = {
  name: string
  handle: string
  rank: number
  basis: TierBasis
  threshold: number
  window: TierWindow
  window_days?: number | null
  grace_days?: number
  points_multiplier?: number
  cashback_rate?: number
  free_shipping?: boolean
  free_shipping_min_subtotal?: number | null
  birthday_bonus_points?: number | null
  description?: string | null
}
