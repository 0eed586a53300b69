import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MembershipEvents } from "../events"
import { MEMBER_POINTS_MODULE } from "../module-keys"
import type MemberPointsModuleService from "../modules/member-points/service"

/** A deleted customer's member data was erased: their points ledger goes too. */
export default async function pointsDataErased({
  event: { data },
  container,
}: SubscriberArgs<{ customer_id: string }>) {
  const points: MemberPointsModuleService =
    container.resolve(MEMBER_POINTS_MODULE)
  await points.eraseCustomerPoints([data.customer_id])
}

export const config: SubscriberConfig = {
  event: MembershipEvents.DATA_ERASED,
  context: { subscriberId: "membership-points-data-erased" },
}
