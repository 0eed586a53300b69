import {
  transform,
  when,
  type WorkflowData,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MembershipEvents } from "../../events"
import type { ApplyTierWritesResult } from "../../modules/member-tier/types"
import type { LadderEntry } from "./measures"
import { moveTierGroupsStep } from "./steps/move-tier-groups"
import { setMetricsTiersStep } from "./steps/set-metrics-tiers"

/**
 * What follows written tier moves, inside the workflow that holds the
 * members' locks: the metrics copy, the tier customer groups (one batch
 * through the Customer module), then one `member.tier_changed` per move and
 * one `member.tiers_changed` with them all, emitted together. Every step compensates.
 */
export function publishTierMoves(
  input: WorkflowData<{
    applied: ApplyTierWritesResult
    ladder: LadderEntry[]
  }>
) {
  const metrics = transform({ input }, ({ input }) => {
    const rank = new Map(input.ladder.map((t) => [t.id, t.rank]))
    return {
      rows: input.applied.moves.map((move) => ({
        customer_id: move.customer_id,
        tier_id: move.to_tier_id,
        tier_rank: rank.get(move.to_tier_id) ?? null,
      })),
      previous: input.applied.moves.map((move) => ({
        customer_id: move.customer_id,
        tier_id: move.from_tier_id,
        tier_rank: move.from_tier_id
          ? (rank.get(move.from_tier_id) ?? null)
          : null,
      })),
    }
  })
  setMetricsTiersStep(metrics)
  const groups = transform({ input }, ({ input }) => {
    const groupOf = new Map(
      input.ladder.map((t) => [t.id, t.customer_group_id ?? null])
    )
    return {
      members: input.applied.moves.map((move) => ({
        customer_id: move.customer_id,
        group_id: groupOf.get(move.to_tier_id) ?? null,
      })),
      tier_group_ids: input.ladder.flatMap((t) =>
        t.customer_group_id ? [t.customer_group_id] : []
      ),
    }
  })
  moveTierGroupsStep(groups)
  const moves = transform({ input }, ({ input }) =>
    input.applied.moves.map((move) => ({
      customer_id: move.customer_id,
      from_tier_id: move.from_tier_id,
      to_tier_id: move.to_tier_id,
      reason: move.reason,
    }))
  )
  when({ moves }, ({ moves }) => moves.length > 0).then(() => {
    emitEventStep({
      eventName: MembershipEvents.TIER_CHANGED,
      data: moves,
    }).config({ name: "emit-member-tier-changed" })
    emitEventStep({
      eventName: MembershipEvents.TIERS_CHANGED,
      data: transform({ moves }, ({ moves }) => ({ moves })),
    }).config({ name: "emit-member-tiers-changed" })
  })
}
