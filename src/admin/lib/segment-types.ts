import type { FieldDefinition } from "../../modules/member-segment/rules/catalogue"
import type { RuleNode } from "../../modules/member-segment/rules/types"

export type { RuleNode }
export type Texts = { en: string; zh: string }
export type AdminSegmentField = Omit<FieldDefinition, "column">

export type AdminSegment = {
  id: string
  name: string
  description: string | null
  rule: RuleNode
  summary: Texts
  preset: string | null
  preset_params: Record<string, unknown> | null
  count: number
  share: number
  computed_at: string | null
}

export type AdminSegmentSampleRow = {
  customer_id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  total_spent: number
  aov: number
  order_count: number
}

export type AdminSegmentPreview = {
  count: number
  total: number
  share: number
  revenue: number
  revenue_share: number
  sample: AdminSegmentSampleRow[]
  summary: Texts
  currency_code: string | null
  took_ms: number
}

export type AdminSegmentPreset = {
  key: string
  label: Texts
  description: Texts
  available: boolean
  default_params: Record<string, unknown> | null
  rule: RuleNode | null
  summary: Texts | null
  stats: {
    count: number
    share: number
    revenue: number
    revenue_share: number
  } | null
}

export type AdminExplanation = {
  customer_id: string
  matches: boolean
  summary: Texts
  conditions: {
    path: string
    field: string
    op: string
    expected: unknown
    actual: unknown
    pass: boolean
    label?: Texts
  }[]
  nearest_miss: { path: string; field: string; text: Texts } | null
}
