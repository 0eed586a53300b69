import type { IPromotionModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type SyncTierFreeShippingStepInput = {
  promotion_id: string | null
  free_shipping: boolean
  min_subtotal: number | null
  group_id: string
  handle: string
  /** The benefit as stored: an unchanged benefit keeps its promotion. */
  previous?: { free_shipping: boolean; min_subtotal: number | null } | null
}

export const syncTierFreeShippingStepId = "sync-member-tier-free-shipping"

const promotionCode = (handle: string) =>
  `MEMBER-FREESHIP-${handle.toUpperCase()}`

/**
 * The tier's free-shipping benefit as an automatic promotion: 100% off
 * shipping methods for the tier's group above the minimum item total.
 * Changing the benefit replaces the promotion; turning it off removes it.
 * Compensation deletes what it created and restores what it removed.
 */
export const syncTierFreeShippingStep = createStep(
  syncTierFreeShippingStepId,
  async (input: SyncTierFreeShippingStepInput, { container }) => {
    const promotions: IPromotionModuleService = container.resolve(
      Modules.PROMOTION
    )
    const undo = {
      created: null as string | null,
      removed: null as string | null,
    }
    if (input.promotion_id) {
      await promotions.softDeletePromotions([input.promotion_id])
      undo.removed = input.promotion_id
    }
    if (!input.free_shipping) return new StepResponse(null, undo)
    const rules = [
      {
        attribute: "customer.groups.id",
        operator: "in" as const,
        values: [input.group_id],
      },
      ...(input.min_subtotal
        ? [
            {
              attribute: "item_total",
              operator: "gte" as const,
              values: [String(input.min_subtotal)],
            },
          ]
        : []),
    ]
    const [created] = await promotions.createPromotions([
      {
        code: `${promotionCode(input.handle)}-${Date.now().toString(36).toUpperCase()}`,
        type: "standard",
        status: "active",
        is_automatic: true,
        application_method: {
          type: "percentage",
          target_type: "shipping_methods",
          allocation: "across",
          value: 100,
        },
        rules,
      },
    ])
    undo.created = created.id
    return new StepResponse(created.id, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const promotions: IPromotionModuleService = container.resolve(
      Modules.PROMOTION
    )
    if (undo.created) await promotions.deletePromotions([undo.created])
    if (undo.removed) await promotions.restorePromotions([undo.removed])
  }
)
