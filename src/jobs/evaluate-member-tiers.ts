import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  runTierReevaluation,
  startTierReevaluation,
} from "../workflows/member-tiers/reevaluation"

/**
 * Daily: the only pass that moves members down a tier, once the grace days
 * since they last qualified are over; refreshes "still qualifies" for the
 * rest. Runs here, as a stored run a later ladder change may supersede.
 */
export default async function evaluateMemberTiers(
  container: MedusaContainer,
  at?: unknown
) {
  // the scheduler passes its own second argument; tests pass the moment to run at
  const now = at instanceof Date ? at : new Date()
  const started = await startTierReevaluation(container, "daily", now)
  const run = started
    ? await runTierReevaluation(container, started.run.id)
    : null
  const result = { evaluated: run?.processed ?? 0, moved: run?.moved ?? 0 }
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`member tiers: ${result.evaluated} evaluated, ${result.moved} moved`)
  return result
}

export const config = {
  name: "evaluate-member-tiers",
  schedule: "30 3 * * *",
}
