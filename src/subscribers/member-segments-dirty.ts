import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CustomerWorkflowEvents } from "@medusajs/framework/utils"
import { MembershipEvents } from "../events"
import { markSegmentsDirtyWorkflow } from "../workflows/member-segments"

// MembershipEvents.TIER_CHANGED once the tiers are merged (the reminders seam that
// held it until then is removed by that merge)
const TIER_CHANGED_EVENT = "member.tier_changed"

type Payload = { customer_ids?: string[]; customer_id?: string; id?: string }

/** Metrics, tier or profile changed: queue the members for the debounced segment refresh. */
export default async function memberSegmentsDirty({
  event: { data },
  container,
}: SubscriberArgs<Payload>) {
  const customerIds =
    data.customer_ids ??
    [data.customer_id ?? data.id].filter((id): id is string => !!id)
  if (!customerIds.length) return
  await markSegmentsDirtyWorkflow(container).run({
    input: { customer_ids: customerIds },
  })
}

export const config: SubscriberConfig = {
  event: [
    MembershipEvents.METRICS_CHANGED,
    TIER_CHANGED_EVENT,
    CustomerWorkflowEvents.CREATED,
    CustomerWorkflowEvents.UPDATED,
  ],
  context: { subscriberId: "membership-segments-dirty" },
}
