import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform, when } from "@medusajs/framework/workflows-sdk"
import type { WorkflowData } from "@medusajs/framework/workflows-sdk"
import { MembershipEvents } from "../../../events"
import type { PointsEntryRow } from "../../../modules/member-points/types"

/**
 * Emits `member.points_credited` for the members this run credited (nothing on
 * a replay that created no lot), once the workflow succeeds: the tiers'
 * `points_earned` basis re-evaluates them. Call inside a workflow's composition.
 */
export function announceCredits(created: WorkflowData<PointsEntryRow[]>) {
  const customerIds = transform({ created }, ({ created }) => [
    ...new Set(created.map((entry) => entry.customer_id)),
  ])
  when({ customerIds }, ({ customerIds }) => customerIds.length > 0).then(
    () => {
      emitEventStep({
        eventName: MembershipEvents.POINTS_CREDITED,
        data: { customer_ids: customerIds },
      }).config({ name: "announce-member-points-credited" })
    }
  )
}
