import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberTierModuleService from "../../../modules/member-tier/service"
import type { TierDTO } from "../../../modules/member-tier/types"
import type { TierInput } from "../tier-input"

export type UpsertTierStepInput = {
  previous: TierDTO | null
  tier: TierInput
  customer_group_id: string
  price_list_id: string
  promotion_id: string | null
}

export const upsertTierStepId = "upsert-member-tier"

const EDITABLE = [
  "name",
  "handle",
  "rank",
  "basis",
  "threshold",
  "window",
  "window_days",
  "grace_days",
  "points_multiplier",
  "cashback_rate",
  "free_shipping",
  "free_shipping_min_subtotal",
  "birthday_bonus_points",
  "description",
  "customer_group_id",
  "price_list_id",
  "promotion_id",
] as const

type TierUndo = { created?: string; restore?: Record<string, unknown> }

const snapshot = (tier: TierDTO) =>
  Object.fromEntries(EDITABLE.map((key) => [key, tier[key]]))

/** Creates or updates the tier; compensation deletes it or restores every field it changed. */
export const upsertTierStep = createStep(
  upsertTierStepId,
  async (input: UpsertTierStepInput, { container }) => {
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    const data = {
      ...input.tier,
      customer_group_id: input.customer_group_id,
      price_list_id: input.price_list_id,
      promotion_id: input.promotion_id,
    }
    if (input.previous) {
      const updated = await tiers.updateTiers({
        id: input.previous.id,
        ...data,
      })
      return new StepResponse<TierDTO, TierUndo>(updated, {
        restore: { id: input.previous.id, ...snapshot(input.previous) },
      })
    }
    const created = await tiers.createTiers(data)
    return new StepResponse<TierDTO, TierUndo>(created, {
      created: created.id,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
    if (undo.created) await tiers.deleteTiers([undo.created])
    else if (undo.restore) await tiers.updateTiers(undo.restore as never)
  }
)
