import { MedusaError } from "@medusajs/framework/utils"

import { MEMBER_STAGES, type MemberStage } from "../../../types/member-stage"

/**
 * Lifecycle stage from the number of orders a customer placed:
 * none is a registered member, one a first-time buyer, more a repeat buyer.
 */
export function stageForOrderCount(orderCount: number): MemberStage {
  if (!Number.isSafeInteger(orderCount) || orderCount < 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `order_count must be a non-negative integer, received: ${orderCount}`
    )
  }
  if (orderCount === 0) {
    return "registered"
  }
  return orderCount === 1 ? "first_time" : "repeat"
}

export function stageRank(stage: MemberStage): number {
  return MEMBER_STAGES.indexOf(stage)
}
