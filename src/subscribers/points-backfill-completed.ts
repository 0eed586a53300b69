import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MembershipEvents } from "../events"
import { MEMBER_SEGMENT_MODULE } from "../module-keys"
import type MemberSegmentModuleService from "../modules/member-segment/service"
import { syncPointsBalancesWorkflow } from "../workflows/member-points/sync-balances"

/** A backfill rebuilt the metrics rows: copy every member's points balance back into them. */
export default async function pointsBackfillCompleted({
  container,
}: SubscriberArgs<{ id: string }>) {
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  for (let cursor = ""; ;) {
    const page = await segments.listMemberIdsPage(cursor, 500)
    if (!page.length) return
    await syncPointsBalancesWorkflow(container).run({ input: page })
    cursor = page[page.length - 1]
  }
}

export const config: SubscriberConfig = {
  event: MembershipEvents.BACKFILL_COMPLETED,
  context: { subscriberId: "membership-points-backfill-completed" },
}
