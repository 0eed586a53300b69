import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_SEGMENT_MODULE, MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"
import type MemberTierModuleService from "../../../modules/member-tier/service"
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
  /** Each member's value per measure key, at `now`. */
  members: { customer_id: string; values: Record<string, number> }[]
}

export const loadTierInputsStepId = "load-member-tier-inputs"

/** The ladder, and each member's qualification value per measure (set-based). */
export const loadTierInputsStep = createStep(
  loadTierInputsStepId,
  async (input: LoadTierInputsStepInput, { container }) => {
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    const segments: MemberSegmentModuleService = container.resolve(
      MEMBER_SEGMENT_MODULE
    )
    const now = new Date(input.now)
    const ladder = rankedLadder(await tiers.listTiers({}, { take: null }))
    const ids = [...new Set(input.customer_ids)]
    if (!ladder.length || !ids.length) {
      return new StepResponse<TierInputs>({ ladder, members: [] })
    }
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
      members: ids.map((id) => ({ customer_id: id, values: values[id] ?? {} })),
    })
  }
)
