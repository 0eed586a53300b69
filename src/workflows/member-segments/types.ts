import type { RuleNode } from "../../modules/member-segment/rules/types"

export type SegmentInput = {
  name: string
  description?: string | null
  rule: RuleNode
  preset?: string | null
  preset_params?: Record<string, unknown> | null
}
