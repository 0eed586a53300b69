import type { AdminUpdateMemberType } from "../../api/admin/members/validators"
import type { BackfillResponse } from "../../api/utils/backfill-response"
import type { MemberResponse } from "../../api/utils/member-response"
import type { MemberSortField } from "../../modules/member-segment/types"
import type { MemberStage } from "../../types/member-stage"

// Response and request types come from the server code that builds and validates them.
export { MEMBER_SORT_FIELDS } from "../../modules/member-segment/types"
export { MEMBER_STAGES, type MemberStage } from "../../types/member-stage"
export type { MemberSortField }

/** What JSON makes of a server value: dates arrive as ISO strings. */
export type Json<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T

export type AdminMember = Json<MemberResponse>
export type MemberConsent = AdminMember["consents"]["email"]
export type MemberMetrics = AdminMember["metrics"]
export type AdminMemberResponse = { member: AdminMember }
export type AdminUpdateMember = AdminUpdateMemberType

export type MemberOrder = MemberSortField | `-${MemberSortField}`

/** How the list query spells a boolean filter. */
export const BOOLEAN_FLAGS = ["true", "false"] as const
export type BooleanFlag = (typeof BOOLEAN_FLAGS)[number]

export type AdminMemberListParams = {
  q?: string
  stage?: MemberStage
  tag?: string
  email_consent?: BooleanFlag
  sms_consent?: BooleanFlag
  order?: MemberOrder
  offset?: number
  limit?: number
}

export type AdminMemberListResponse = {
  members: AdminMember[]
  count: number
  offset: number
  limit: number
}

export type MemberBackfill = Json<BackfillResponse>
export type MemberBackfillStatus = MemberBackfill["status"]
export type MemberBackfillPhase = MemberBackfill["phase"]
export type AdminMemberBackfillResponse = { backfill: MemberBackfill | null }
