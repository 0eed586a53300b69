import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MembershipEvents } from "../events"
import { evaluateMemberTiersWorkflow } from "../workflows/member-tiers/evaluate-member-tiers"

/** A member's facts or earned points changed: upgrade them at once if they now qualify higher. */
export default async function memberTierEvaluation({
  event: { data },
  container,
}: SubscriberArgs<{ customer_ids?: string[] }>) {
  if (!data.customer_ids?.length) return
  await evaluateMemberTiersWorkflow(container).run({
    input: { customer_ids: data.customer_ids },
  })
}

export const config: SubscriberConfig = {
  event: [MembershipEvents.METRICS_CHANGED, MembershipEvents.POINTS_CREDITED],
  context: { subscriberId: "membership-tier-evaluation" },
}
