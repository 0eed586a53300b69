import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBER_TIER_MODULE } from "../../../module-keys"
import type { PresetTier } from "../../../modules/member-segment/rules/presets"

type TierService = {
  listTiers?: (
    filters?: object,
    config?: object
  ) => Promise<Record<string, unknown>[]>
}

const BASES = new Set(["spend", "orders", "points_earned"])

/**
 * Seam to the tier ladder (the tiers branch adds `listTiers` to the
 * member-tier module). Until a Tier model exists it returns no tiers and the
 * "near the next tier" preset is unavailable.
 */
export async function loadPresetTiers(
  container: MedusaContainer
): Promise<PresetTier[]> {
  const service = container.resolve(MEMBER_TIER_MODULE) as TierService
  if (typeof service.listTiers !== "function") return []
  const rows = await service.listTiers({}, { order: { rank: "ASC" } })
  return rows.map((row) => ({
    id: String(row.id),
    rank: Number(row.rank ?? 0),
    basis: (BASES.has(String(row.basis))
      ? row.basis
      : "spend") as PresetTier["basis"],
    threshold: Number(row.threshold ?? 0),
  }))
}
