import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MembershipEvents } from "../events"
import { reevaluateAllMembers } from "../workflows/member-tiers/reevaluate-all-members"

/** The ladder changed: every member re-evaluated (upgrades now, no downgrade before grace). */
export default async function memberTierLadderChanged({
  container,
}: SubscriberArgs<Record<string, unknown>>) {
  await reevaluateAllMembers(container, { ladder_changed: true })
}

export const config: SubscriberConfig = {
  event: MembershipEvents.TIER_LADDER_CHANGED,
  context: { subscriberId: "membership-tier-ladder-changed" },
}
