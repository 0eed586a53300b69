import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBER_POINTS_MODULE } from "../../../module-keys"

type PointsService = {
  sumEarnedPoints?: (input: {
    customer_ids: string[]
    since?: Date
  }) => Promise<Record<string, number>>
}

/**
 * Seam to the points ledger for the `points_earned` basis: points earned net
 * of reversals, over the lifetime or since a date. Without the points module
 * every member has earned 0.
 */
export async function loadEarnedPoints(
  container: MedusaContainer,
  customerIds: string[],
  since?: Date
): Promise<Record<string, number>> {
  if (!customerIds.length || !container.hasRegistration(MEMBER_POINTS_MODULE)) {
    return {}
  }
  const points = container.resolve(MEMBER_POINTS_MODULE) as PointsService
  if (typeof points.sumEarnedPoints !== "function") return {}
  return await points.sumEarnedPoints({ customer_ids: customerIds, since })
}
