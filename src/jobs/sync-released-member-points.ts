import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBER_POINTS_MODULE } from "../module-keys"
import type MemberPointsModuleService from "../modules/member-points/service"
import { syncPointsBalancesWorkflow } from "../workflows/member-points/sync-balances"

const HOUR = 3_600_000

/**
 * Hourly: pending lots turn available when their pending days end, with no
 * event. Re-derives the stored balances (segments filter on them) of members
 * whose lots turned available in the last two hours.
 */
export default async function syncReleasedMemberPoints(
  container: MedusaContainer,
  now: Date = new Date()
) {
  const points: MemberPointsModuleService =
    container.resolve(MEMBER_POINTS_MODULE)
  const customers = await points.listCustomersReleasedBetween(
    new Date(now.getTime() - 2 * HOUR),
    now
  )
  for (let i = 0; i < customers.length; i += 500) {
    await syncPointsBalancesWorkflow(container).run({
      input: customers.slice(i, i + 500),
    })
  }
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`member points: ${customers.length} balances released`)
  return { members: customers.length }
}

export const config = {
  name: "sync-released-member-points",
  schedule: "5 * * * *",
}
