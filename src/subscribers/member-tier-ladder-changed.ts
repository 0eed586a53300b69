import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MembershipEvents } from "../events"
import {
  runTierReevaluation,
  startTierReevaluation,
} from "../workflows/member-tiers/reevaluation"

/**
 * The ladder changed: a stored re-evaluation run of every member (upgrades
 * now, no downgrade before grace), superseding an older one. A replayed event
 * finds the run already covering this ladder, whose worker holds it.
 */
export default async function memberTierLadderChanged({
  container,
}: SubscriberArgs<Record<string, unknown>>) {
  const started = await startTierReevaluation(container, "ladder_changed")
  if (started) await runTierReevaluation(container, started.run.id)
}

export const config: SubscriberConfig = {
  event: MembershipEvents.TIER_LADDER_CHANGED,
  context: { subscriberId: "membership-tier-ladder-changed" },
}
