import {
  transform,
  when,
  type WorkflowData,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MembershipEvents } from "../../events"
import type { TierWrite } from "../../modules/member-tier/types"
import type { LadderEntry } from "./measures"
import { applyTierWritesStep } from "./steps/apply-tier-writes"
import { moveTierGroupsStep } from "./steps/move-tier-groups"
import { setMetricsTiersStep } from "./steps/set-metrics-tiers"

/**
 * The one way a member's tier is written, inside a workflow that holds the
 * members' locks: tier state and history, the metrics copy, the tier customer
 * groups, then `member.tier_changed` per move. Every step compensates.
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
  const metrics = transform({ input, applied }, ({ input, applied }) => {
    const rank = new Map(input.ladder.map((t) => [t.id, t.rank]))
    return {
      rows: applied.moves.map((move) => ({
        customer_id: move.customer_id,
        tier_id: move.to_tier_id,
        tier_rank: rank.get(move.to_tier_id) ?? null,
      })),
      previous: applied.moves.map((move) => ({
        customer_id: move.customer_id,
        tier_id: move.from_tier_id,
        tier_rank: move.from_tier_id
          ? (rank.get(move.from_tier_id) ?? null)
          : null,
      })),
    }
  })
  setMetricsTiersStep(metrics)
  const groups = transform({ input, applied }, ({ input, applied }) => {
    const groupOf = new Map(
      input.ladder.map((t) => [t.id, t.customer_group_id ?? null])
    )
    return {
      members: applied.moves.map((move) => ({
        customer_id: move.customer_id,
        group_id: groupOf.get(move.to_tier_id) ?? null,
      })),
      tier_group_ids: input.ladder.flatMap((t) =>
        t.customer_group_id ? [t.customer_group_id] : []
      ),
    }
  })
  moveTierGroupsStep(groups)
  when({ applied }, ({ applied }) => applied.moves.length > 0).then(() => {
    emitEventStep({
      eventName: MembershipEvents.TIER_CHANGED,
      data: transform({ applied }, ({ applied }) =>
        applied.moves.map((move) => ({
          customer_id: move.customer_id,
          from_tier_id: move.from_tier_id,
          to_tier_id: move.to_tier_id,
          reason: move.reason,
        }))
      ),
    }).config({ name: "emit-member-tier-changed" })
  })
  return applied
}
