import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBER_POINTS_MODULE } from "../../../module-keys"

export type ExpiringPoints = {
  customer_id: string
  points: number
  /** The earliest expiry among the lots counted. */
  expires_at: string
}

type PointsService = {
  listExpiringSoon?: (input: {
    now: Date
    within_days: number
  }) => Promise<ExpiringPoints[]>
}

/**
 * Seam to the points ledger's expiring-soon query. Until the points module with
 * `listExpiringSoon({ now, within_days })` is registered, nobody is selected.
 */
export async function loadExpiringPoints(
  container: MedusaContainer,
  now: Date,
  withinDays: number
): Promise<ExpiringPoints[]> {
  if (!container.hasRegistration(MEMBER_POINTS_MODULE)) return []
  const points = container.resolve(MEMBER_POINTS_MODULE) as PointsService
  if (typeof points.listExpiringSoon !== "function") return []
  return await points.listExpiringSoon({ now, within_days: withinDays })
}
