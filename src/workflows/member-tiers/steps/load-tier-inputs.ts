import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_SEGMENT_MODULE, MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"
import type MemberTierModuleService from "../../../modules/member-tier/service"
import type { MemberTierState } from "../../../modules/member-tier/utils"
import {
  ladderMeasures,
  rankedLadder,
  windowStart,
  type LadderEntry,
} from "../measures"
import { loadEarnedPoints } from "../seams/points"

export type LoadTierInputsStepInput = {
  customer_ids: string[]
  currency_code: string
  now: Date | string
}

export type TierInputs = {
  ladder: LadderEntry[]
  members: (MemberTierState & { customer_id: string })[]
}

export const loadTierInputsStepId = "load-member-tier-inputs"

/** The ladder, and each member's tier state and qualification values. */
export const loadTierInputsStep = createStep(
  loadTierInputsStepId,
  async (input: LoadTierInputsStepInput, { container }) => {
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    const now = new Date(input.now)
    const ladder = rankedLadder(await tiers.listTiers({}, { take: null }))
    if (!ladder.length || !input.customer_ids.length) {
      return new StepResponse<TierInputs>({ ladder, members: [] })
    }
    const memberships = await tiers.listMemberships(
      { customer_id: input.customer_ids },
      {
        select: ["customer_id", "tier_id", "tier_pinned", "tier_qualified_at"],
        take: null,
      }
    )
    const ids = memberships.map((m) => m.customer_id)
    const measures = ladderMeasures(ladder)
    const values = await segments.tierMeasureValues({
      customer_ids: ids,
      measures,
      currency_code: input.currency_code,
      now,
    })
    for (const measure of measures.filter((m) => m.basis === "points_earned")) {
      const earned = await loadEarnedPoints(
        container,
        ids,
        windowStart(measure, now)
      )
      for (const id of ids) (values[id] ??= {})[measure.key] = earned[id] ?? 0
    }
    return new StepResponse<TierInputs>({
      ladder,
      members: memberships.map((m) => ({
        customer_id: m.customer_id,
        tier_id: m.tier_id,
        tier_pinned: m.tier_pinned,
        tier_qualified_at: m.tier_qualified_at
          ? new Date(m.tier_qualified_at)
          : null,
        values: values[m.customer_id] ?? {},
      })),
    })
  }
)
