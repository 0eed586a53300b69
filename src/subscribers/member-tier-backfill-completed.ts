import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MembershipEvents } from "../events"
import { reevaluateAllMembers } from "../workflows/member-tiers/reevaluate-all-members"

/** A backfill imported history without member events: every member gets their tier. */
export default async function memberTierBackfillCompleted({
  container,
}: SubscriberArgs<{ id: string }>) {
  await reevaluateAllMembers(container, {})
}

export const config: SubscriberConfig = {
  event: MembershipEvents.BACKFILL_COMPLETED,
  context: { subscriberId: "membership-tier-backfill-completed" },
}
