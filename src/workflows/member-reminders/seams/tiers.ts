import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBER_TIER_MODULE } from "../../../module-keys"
import type MemberTierModuleService from "../../../modules/member-tier/service"
import {
  listLapsingMembers,
  type LapsingMember,
} from "../../member-tiers/lapsing-members"
import type { LadderRung } from "../../../modules/member-segment/types"

/** The tier ladder as tier notices read it: the tiers in rank order and who is about to lapse. */
export type TierView = {
  id: string
  name: string
  rank: number
  basis: LadderRung["basis"]
  threshold: number
  birthday_bonus_points: number | null
}

export type { LapsingMember }

/** The ladder in rank order. */
export async function loadTiers(
  container: MedusaContainer
): Promise<TierView[]> {
  const tiers: MemberTierModuleService = container.resolve(MEMBER_TIER_MODULE)
  const rows = await tiers.listTiers({}, { order: { rank: "ASC" }, take: null })
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    rank: row.rank,
    basis: row.basis,
    threshold: Number(row.threshold),
    birthday_bonus_points: row.birthday_bonus_points,
  }))
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
  return await listLapsingMembers(container, now, before)
}
