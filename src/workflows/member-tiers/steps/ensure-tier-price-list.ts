import type { IPricingModuleService } from "@medusajs/framework/types"
import {
  Modules,
  PriceListStatus,
  PriceListType,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type EnsureTierPriceListStepInput = {
  price_list_id: string | null
  group_id: string
  name: string
}

export const ensureTierPriceListStepId = "ensure-member-tier-price-list"

/**
 * The tier's own price list (a sale list restricted to the tier's group) that
 * the tier price editor manages. Compensation deletes a list it created.
 */
export const ensureTierPriceListStep = createStep(
  ensureTierPriceListStepId,
  async (input: EnsureTierPriceListStepInput, { container }) => {
    const pricing: IPricingModuleService = container.resolve(Modules.PRICING)
    if (input.price_list_id) {
      const [list] = await pricing.listPriceLists({ id: [input.price_list_id] })
      if (list) return new StepResponse(list.id, null)
    }
    const [created] = await pricing.createPriceLists([
      {
        title: `Member prices: ${input.name}`,
        description: `Prices for members of the ${input.name} tier (managed by the membership plugin)`,
        type: PriceListType.SALE,
        status: PriceListStatus.ACTIVE,
        rules: { "customer.groups.id": [input.group_id] },
      },
    ])
    return new StepResponse(created.id, created.id)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    const pricing: IPricingModuleService = container.resolve(Modules.PRICING)
    await pricing.deletePriceLists([createdId])
  }
)
