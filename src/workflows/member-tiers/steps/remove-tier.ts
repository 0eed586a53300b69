import type {
  ICustomerModuleService,
  IPricingModuleService,
  IPromotionModuleService,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberTierModuleService from "../../../modules/member-tier/service"
import type { TierDTO } from "../../../modules/member-tier/types"

export const removeTierStepId = "remove-member-tier"

/** Soft-deletes the tier with its group, price list and promotion; compensation restores them. */
export const removeTierStep = createStep(
  removeTierStepId,
  async (tier: TierDTO, { container }) => {
    await container
      .resolve<MemberTierModuleService>(MEMBER_TIER_MODULE)
      .softDeleteTiers([tier.id])
    if (tier.customer_group_id) {
      await container
        .resolve<ICustomerModuleService>(Modules.CUSTOMER)
        .softDeleteCustomerGroups([tier.customer_group_id])
    }
    if (tier.price_list_id) {
      await container
        .resolve<IPricingModuleService>(Modules.PRICING)
        .softDeletePriceLists([tier.price_list_id])
    }
    if (tier.promotion_id) {
      await container
        .resolve<IPromotionModuleService>(Modules.PROMOTION)
        .softDeletePromotions([tier.promotion_id])
    }
    return new StepResponse(tier.id, tier)
  },
  async (tier, { container }) => {
    if (!tier) return
    await container
      .resolve<MemberTierModuleService>(MEMBER_TIER_MODULE)
      .restoreTiers([tier.id])
    if (tier.customer_group_id) {
      await container
        .resolve<ICustomerModuleService>(Modules.CUSTOMER)
        .restoreCustomerGroups([tier.customer_group_id])
    }
    if (tier.price_list_id) {
      await container
        .resolve<IPricingModuleService>(Modules.PRICING)
        .restorePriceLists([tier.price_list_id])
    }
    if (tier.promotion_id) {
      await container
        .resolve<IPromotionModuleService>(Modules.PROMOTION)
        .restorePromotions([tier.promotion_id])
    }
  }
)
