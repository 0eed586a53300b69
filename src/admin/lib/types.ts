export const MEMBER_STAGES = ["registered", "first_time", "repeat"] as const
export type MemberStage = (typeof MEMBER_STAGES)[number]

export type MemberConsent = {
  granted: boolean
  changed_at: string | null
}

export type MemberMetrics = {
  /** `null` until the member's first order sets the currency. */
  currency_code: string | null
  order_count: number
  paid_order_count: number
  total_spent: number
  aov: number
  aov_90d: number
  aov_365d: number
  max_order: number
  first_order_at: string | null
  last_order_at: string | null
  unpaid_order_count: number
  cancel_count: number
  refund_total: number
  return_count: number
}

export type AdminMember = {
  customer_id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  stage: MemberStage
  joined_at: string
  birthday: string | null
  tags: string[]
  consents: { email: MemberConsent; sms: MemberConsent }
  metrics: MemberMetrics
}

export type AdminMemberResponse = { member: AdminMember }

export type AdminUpdateMember = {
  tags?: string[]
  birthday?: string | null
  consents?: { email?: boolean; sms?: boolean }
}

export const MEMBER_SORT_FIELDS = [
  "total_spent",
  "order_count",
  "last_order_at",
  "signup_at",
] as const
export type MemberSortField = (typeof MEMBER_SORT_FIELDS)[number]
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

export type MemberBackfillStatus =
  "pending" | "running" | "completed" | "failed"
export type MemberBackfillPhase = "orders" | "metrics" | "customers" | "done"

export type MemberBackfill = {
  id: string
  status: MemberBackfillStatus
  phase: MemberBackfillPhase
  processed: number
  total: number
  rate_per_second: number | null
  eta_seconds: number | null
  started_at: string | null
  finished_at: string | null
  updated_at: string
  error: string | null
}

export type AdminMemberBackfillResponse = { backfill: MemberBackfill | null }
