import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reevaluateAllMembers } from "../workflows/member-tiers/reevaluate-all-members"

/**
 * Daily: the only place members move down a tier, once the grace days since
 * they last qualified are over; refreshes "still qualifies" for the rest.
 */
export default async function evaluateMemberTiers(
  container: MedusaContainer,
  at?: unknown
) {
  // the scheduler passes its own second argument; tests pass the moment to run at
  const now = at instanceof Date ? at : new Date()
  const result = await reevaluateAllMembers(container, {
    now,
    allow_downgrade: true,
  })
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`member tiers: ${result.evaluated} evaluated, ${result.moved} moved`)
  return result
}

export const config = {
  name: "evaluate-member-tiers",
  schedule: "30 3 * * *",
}
