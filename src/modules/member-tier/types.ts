import type { InferTypeOf } from "@medusajs/framework/types"
import type Membership from "./models/membership"
import type Tier from "./models/tier"
import type TierChange from "./models/tier-change"
import type TierReevaluation from "./models/tier-reevaluation"
import type {
  ReevaluationStatus,
  ReevaluationTrigger,
} from "./models/tier-reevaluation"
import type { MemberStage } from "../../types/member-stage"
import type { BirthdaySource, ProfileState, TierChangeReason } from "./utils"

export type MembershipDTO = InferTypeOf<typeof Membership>

export type EnsureMembershipInput = {
  customer_id: string
  joined_at: Date | string
  birthday?: string | null
  /** Who supplied the birthday; defaults to "import". */
  birthday_set_by?: BirthdaySource
  tags?: string[]
  email_consent?: boolean
  sms_consent?: boolean
}

export type ApplyStageInput = {
  customer_id: string
  order_count: number
}

export type StageChange = {
  customer_id: string
  from: MemberStage
  to: MemberStage
  /** When the stage had last changed before this change (for an undo). */
  previous_changed_at: Date | string | null
}

export type UpdateProfileInput = {
  birthday?: string | null
  tags?: string[]
  email_consent?: boolean
  sms_consent?: boolean
  /** BCP 47 language for messages; null: the store default. */
  locale?: string | null
}

export type ProfileActor = "customer" | "admin"

export type UpdateProfileOptions = {
  actor: ProfileActor
}

export type ProfileUpdate = {
  membership: MembershipDTO
  /** The previous values of exactly the fields the update changed. */
  previous: Partial<ProfileState>
}

export type TierDTO = InferTypeOf<typeof Tier>
export type TierChangeDTO = InferTypeOf<typeof TierChange>

/** The tier columns of one membership, as locked and written together. */
export type TierState = {
  customer_id: string
  tier_id: string | null
  tier_since: Date | string | null
  tier_qualified_at: Date | string | null
  tier_pinned: boolean
}

export type TierMove = {
  customer_id: string
  from_tier_id: string | null
  to_tier_id: string
  reason: TierChangeReason
}

/** What one evaluation decided for a member, applied under the row lock. */
export type TierWrite = {
  customer_id: string
  tier_id: string
  reason: TierChangeReason | null
  qualifies: boolean
  pinned?: boolean
  value?: number | null
  actor?: string | null
}

export type ApplyTierWritesResult = {
  moves: TierMove[]
  /** The states before the write, to undo it. */
  previous: TierState[]
  change_ids: string[]
}

/** One rung as the evaluation SQL reads it: its measure key and threshold. */
export type EvaluationRung = {
  id: string
  rank: number
  key: string
  threshold: number
  grace_days: number
}

export type TierEvaluationInput = {
  ladder: EvaluationRung[]
  /** Each member's value per measure key (a missing key counts as 0). */
  members: { customer_id: string; values: Record<string, number> }[]
  now: Date
  /** Only the daily pass moves members down (after grace). */
  allow_downgrade: boolean
  /** Upgrades say `ladder_changed` instead of `qualified`. */
  ladder_changed: boolean
}

export type TierReevaluationDTO = InferTypeOf<typeof TierReevaluation>
export type { ReevaluationStatus, ReevaluationTrigger }

export type StartReevaluationInput = {
  trigger: ReevaluationTrigger
  ladder_key: string
  evaluated_at: Date
  allow_downgrade: boolean
}

/** A page's progress; `status` finishes the run. */
export type ReevaluationProgress = {
  total: number
  processed: number
  moved: number
  cursor: string | null
  status?: "completed" | "failed"
  error?: string | null
}
