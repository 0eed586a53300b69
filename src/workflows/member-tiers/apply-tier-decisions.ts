import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import type { TierWrite } from "../../modules/member-tier/types"
import type { LadderEntry } from "./measures"
import { publishTierMoves } from "./publish-tier-moves"
import { applyTierWritesStep } from "./steps/apply-tier-writes"

/**
 * Writes decided tiers (an admin's pin or move, a deleted tier's members),
 * inside a workflow that holds the members' locks, then publishes the moves.
 * Every step compensates.
 */
export function applyTierDecisions(
  input: WorkflowData<{
    writes: TierWrite[]
    now: Date | string
    ladder: LadderEntry[]
  }>
) {
  const applied = applyTierWritesStep(
    transform({ input }, ({ input }) => ({
      writes: input.writes,
      now: input.now,
    }))
  )
  publishTierMoves(
    transform({ input, applied }, ({ input, applied }) => ({
      applied,
      ladder: input.ladder,
    }))
  )
  return applied
}
