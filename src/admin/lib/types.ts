export type MemberStage = "registered" | "first_time" | "repeat"

export type MemberConsent = {
  granted: boolean
  changed_at: string | null
}

export type MemberMetrics = {
  currency_code: string
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
  email: string
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
