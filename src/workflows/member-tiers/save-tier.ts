import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { MembershipEvents } from "../../events"
import { saveTierWorkflowId } from "../workflow-ids"
import { ensureTierGroupStep } from "./steps/ensure-tier-group"
import { ensureTierPriceListStep } from "./steps/ensure-tier-price-list"
import { syncTierFreeShippingStep } from "./steps/sync-tier-free-shipping"
import { upsertTierStep } from "./steps/upsert-tier"
import { startTierReevaluationStep } from "./steps/start-tier-reevaluation"
import { validateLadderStep } from "./steps/validate-ladder"
import type { TierInput } from "./tier-input"

export type SaveTierWorkflowInput = { id?: string; tier: TierInput }

/**
 * Creates or updates one tier with what it owns: its customer group, its price
 * list (restricted to the group) and, with the benefit, its free-shipping
 * promotion. The ladder must stay strict. Every member is then re-evaluated
 * (a stored run, started here and run by the `member.tier_ladder_changed`
 * worker). Each step compensates.
 */
export const saveTierWorkflow = createWorkflow(
  saveTierWorkflowId,
  (input: WorkflowData<SaveTierWorkflowInput>) => {
    const previous = validateLadderStep(input)
    const groupId = ensureTierGroupStep(
      transform({ input, previous }, ({ input, previous }) => ({
        group_id: previous?.customer_group_id ?? null,
        name: input.tier.name,
        handle: input.tier.handle,
      }))
    )
    const priceListId = ensureTierPriceListStep(
      transform({ input, previous, groupId }, (data) => ({
        price_list_id: data.previous?.price_list_id ?? null,
        group_id: data.groupId,
        name: data.input.tier.name,
      }))
    )
    const promotionId = syncTierFreeShippingStep(
      transform({ input, previous, groupId }, (data) => ({
        promotion_id: data.previous?.promotion_id ?? null,
        free_shipping: data.input.tier.free_shipping ?? false,
        min_subtotal: data.input.tier.free_shipping_min_subtotal ?? null,
        group_id: data.groupId,
        handle: data.input.tier.handle,
        previous: data.previous
          ? {
              free_shipping: data.previous.free_shipping,
              min_subtotal:
                data.previous.free_shipping_min_subtotal == null
                  ? null
                  : Number(data.previous.free_shipping_min_subtotal),
            }
          : null,
      }))
    )
    const tier = upsertTierStep(
      transform(
        { input, previous, groupId, priceListId, promotionId },
        (data) => ({
          previous: data.previous,
          tier: data.input.tier,
          customer_group_id: data.groupId,
          price_list_id: data.priceListId,
          promotion_id: data.promotionId,
        })
      )
    )
    startTierReevaluationStep()
    emitEventStep({
      eventName: MembershipEvents.TIER_LADDER_CHANGED,
      data: transform({ tier }, ({ tier }) => ({ tier_ids: [tier.id] })),
    })
    return new WorkflowResponse(tier)
  }
)
