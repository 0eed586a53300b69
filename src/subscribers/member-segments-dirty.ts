import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomerWorkflowEvents } from "@medusajs/framework/utils"
import { MembershipEvents } from "../events"
import { markSegmentsDirtyWorkflow } from "../workflows/member-segments"

type Payload = {
  customer_ids?: string[]
  moves?: { customer_id: string }[]
  id?: string
}

/** Metrics, tier or profile changed: queue the members for the debounced segment refresh. */
export default async function memberSegmentsDirty({
  event: { data },
  container,
}: SubscriberArgs<Payload>) {
  const customerIds =
    data.customer_ids ??
    data.moves?.map((move) => move.customer_id) ??
    [data.id].filter((id): id is string => !!id)
  if (!customerIds.length) return
  await markSegmentsDirtyWorkflow(container).run({
    input: { customer_ids: customerIds },
  })
}

export const config: SubscriberConfig = {
  event: [
    MembershipEvents.METRICS_CHANGED,
    MembershipEvents.TIERS_CHANGED,
    CustomerWorkflowEvents.CREATED,
    CustomerWorkflowEvents.UPDATED,
  ],
  context: { subscriberId: "membership-segments-dirty" },
}
