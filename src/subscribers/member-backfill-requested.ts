import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MembershipEvents } from "../events"
import { runMemberBackfill } from "../workflows/member-backfill"

export default async function memberBackfillRequested({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await runMemberBackfill(container, data.id)
}

export const config: SubscriberConfig = {
  event: MembershipEvents.BACKFILL_REQUESTED,
  context: { subscriberId: "membership-backfill-requested" },
}
