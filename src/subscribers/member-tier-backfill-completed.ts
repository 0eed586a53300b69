import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MembershipEvents } from "../events"
import {
  runTierReevaluation,
  startTierReevaluation,
} from "../workflows/member-tiers/reevaluation"

/** A backfill imported history without member events: every member gets their tier. */
export default async function memberTierBackfillCompleted({
  container,
}: SubscriberArgs<{ id: string }>) {
  const started = await startTierReevaluation(container, "backfill")
  if (started) await runTierReevaluation(container, started.run.id)
}

export const config: SubscriberConfig = {
  event: MembershipEvents.BACKFILL_COMPLETED,
  context: { subscriberId: "membership-tier-backfill-completed" },
}
