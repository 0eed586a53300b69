import { MedusaError } from "@medusajs/framework/utils"

export const MEMBERSHIP_STAGES = ["registered", "first_time", "repeat"] as const

export type MembershipStage = (typeof MEMBERSHIP_STAGES)[number]

/**
 * Lifecycle stage from the number of orders a customer placed:
 * none is a registered member, one a first-time buyer, more a repeat buyer.
 */
export function stageForOrderCount(orderCount: number): MembershipStage {
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

export function stageRank(stage: MembershipStage): number {
  return MEMBERSHIP_STAGES.indexOf(stage)
}
