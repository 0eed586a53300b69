import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBER_TIER_MODULE } from "../module-keys"
import type MemberTierModuleService from "../modules/member-tier/service"
import {
  reevaluationsToResume,
  runTierReevaluation,
} from "../workflows/member-tiers/reevaluation"

/** Picks up tier re-evaluations whose worker died or that nobody started. */
export default async function resumeTierReevaluation(
  container: MedusaContainer
) {
  const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
  const active = await tiers.listTierReevaluations({
    status: ["pending", "running"],
  })
  for (const run of reevaluationsToResume(active)) {
    await runTierReevaluation(container, run.id)
  }
}

export const config = {
  name: "resume-tier-reevaluation",
  schedule: "* * * * *",
}
