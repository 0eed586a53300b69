import type { InferTypeOf } from "@medusajs/framework/types"
import type Membership from "./models/membership"
import type { MemberStage } from "../../types/member-stage"
import type { BirthdaySource, ProfileState } from "./utils"

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
