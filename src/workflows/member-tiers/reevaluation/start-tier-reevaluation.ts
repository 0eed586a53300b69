import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberTierModuleService from "../../../modules/member-tier/service"
import type { ReevaluationTrigger } from "../../../modules/member-tier/types"
import { rankedLadder } from "../measures"
import { ladderKey } from "./ladder-key"

/**
 * Starts a pass over every member for the current ladder, superseding the
 * active one; the daily pass also moves members down (after grace). A ladder
 * change the newest run already covers starts nothing and answers that run.
 * Without a ladder there is nothing to evaluate: null.
 */
export async function startTierReevaluation(
  container: MedusaContainer,
  trigger: ReevaluationTrigger,
  now: Date = new Date()
) {
  const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
  const ladder = rankedLadder(await tiers.listTiers({}, { take: null }))
  if (!ladder.length) return null
  return await tiers.startReevaluation({
    trigger,
    ladder_key: ladderKey(ladder),
    evaluated_at: now,
    allow_downgrade: trigger === "daily",
  })
}
