import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"
import { pointsService } from "./points-service"

export const syncPointsBalancesStepId = "sync-member-points-balances"

async function sync(container: MedusaContainer, customerIds: string[]) {
  const ids = [...new Set(customerIds.filter(Boolean))]
  if (!ids.length) return
  const balances = await pointsService(container).getBalances(ids)
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  await segments.setPointsBalances(
    [...balances.values()].map((b) => ({
      customer_id: b.customer_id,
      points_available: b.available,
      points_pending: b.pending,
    }))
  )
}

/**
 * Copies the members' balances (derived from the ledger) into their metrics
 * rows, where segments filter on them. Derived, so its compensation derives again.
 */
export const syncPointsBalancesStep = createStep(
  syncPointsBalancesStepId,
  async (customerIds: string[], { container }) => {
    await sync(container, customerIds)
    return new StepResponse(customerIds, customerIds)
  },
  async (customerIds, { container }) => {
    if (customerIds) await sync(container, customerIds)
  }
)
