import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBER_TIER_MODULE } from "../../../module-keys"
import type { LadderRung } from "../../../modules/member-segment/types"

/**
 * Seam to the tier ladder (built on the tiers branch). Tier notices read tiers
 * through here only: `listTiers` of the member-tier module (generated once a
 * `Tier` model is in it), and `listLapsingMembers` for "about to lapse".
 * Until they exist, these return nothing and the tier scans select nobody.
 */
export type TierView = {
  id: string
  name: string
  rank: number
  basis: LadderRung["basis"]
  threshold: number
  birthday_bonus_points: number | null
}

export type LapsingMember = {
  customer_id: string
  tier_id: string
  expires_at: string
  amount_needed: number | null
  currency_code: string | null
}

type TierService = {
  listTiers?: (
    filters?: object,
    config?: object
  ) => Promise<Record<string, unknown>[]>
  listLapsingMembers?: (input: {
    before: Date
    now: Date
  }) => Promise<LapsingMember[]>
}

const service = (container: MedusaContainer): TierService =>
  container.resolve(MEMBER_TIER_MODULE) as TierService

const toTier = (row: Record<string, unknown>): TierView => ({
  id: String(row.id),
  name: String(row.name ?? row.id),
  rank: Number(row.rank ?? 0),
  basis: (row.basis as TierView["basis"]) ?? "spend",
  threshold: Number(row.threshold ?? 0),
  birthday_bonus_points:
    row.birthday_bonus_points == null
      ? null
      : Number(row.birthday_bonus_points),
})

/** The ladder in rank order, or [] while there is no tier model. */
export async function loadTiers(
  container: MedusaContainer
): Promise<TierView[]> {
  const tiers = service(container)
  if (typeof tiers.listTiers !== "function") return []
  const rows = await tiers.listTiers({}, { order: { rank: "ASC" } })
  return rows.map(toTier).sort((a, b) => a.rank - b.rank)
}

/** Each tier as the next rung for members one rank below it. */
export function ladderRungs(tiers: TierView[]): LadderRung[] {
  return tiers.map((tier, index) => ({
    tier_id: tier.id,
    rank: tier.rank,
    basis: tier.basis,
    threshold: tier.threshold,
    below_rank: index === 0 ? 0 : tiers[index - 1].rank,
  }))
}

export async function loadLapsingMembers(
  container: MedusaContainer,
  now: Date,
  before: Date
) {
  const tiers = service(container)
  if (typeof tiers.listLapsingMembers !== "function") return []
  return await tiers.listLapsingMembers({ before, now })
}
