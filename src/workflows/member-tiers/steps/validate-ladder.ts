import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberTierModuleService from "../../../modules/member-tier/service"
import type { TierDTO } from "../../../modules/member-tier/types"
import { ladderIssues } from "../../../modules/member-tier/utils"
import type { TierInput } from "../tier-input"

export type ValidateLadderStepInput = { id?: string; tier: TierInput }

export const validateLadderStepId = "validate-member-tier-ladder"

/**
 * The ladder as it would be with this tier saved must be strict; the first
 * issue about the saved tier names its field. Returns the stored tier (if any).
 */
export const validateLadderStep = createStep(
  validateLadderStepId,
  async (input: ValidateLadderStepInput, { container }) => {
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    const stored = await tiers.listTiers({}, { take: null })
    const existing = input.id
      ? stored.find((t) => t.id === input.id)
      : undefined
    if (input.id && !existing) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Tier ${input.id} was not found`
      )
    }
    const others = stored
      .filter((t) => t.id !== input.id)
      .map((t) => ({ ...t, threshold: Number(t.threshold) }))
    const ladder = [
      { ...input.tier, window_days: input.tier.window_days ?? null },
      ...others,
    ]
    const issues = ladderIssues(ladder)
    const mine = issues.find((issue) => issue.path[0] === 0)
    const issue = mine ?? issues[0]
    if (issue) {
      const field = mine ? String(issue.path[1]) : "tier"
      const name = (index: number) => ladder[index]?.name
      const message = issue.message.replace(
        /tiers\[(\d+)\]/g,
        (_, i: string) =>
          Number(i) === 0 ? "this tier" : `"${name(Number(i))}"`
      )
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${field}: ${message}`
      )
    }
    return new StepResponse<TierDTO | null>(existing ?? null)
  }
)
