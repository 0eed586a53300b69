import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DateTime } from "luxon"
import { MEMBER_POINTS_MODULE, MEMBER_SEGMENT_MODULE } from "../module-keys"
import type MemberPointsModuleService from "../modules/member-points/service"
import type MemberSegmentModuleService from "../modules/member-segment/service"
import { grantPointsBonusWorkflow } from "../workflows/member-points"
import { loadTierBenefits } from "../workflows/member-points/seams/tier-benefits"

/** Members credited per workflow run (one transaction each). */
const GRANTS_PER_RUN = 500

/**
 * Daily: the birthday bonus for members whose birthday is today in the store's
 * time zone, once a year (keyed by the year), at their tier's amount when the
 * tier sets one, else the program's.
 */
export default async function grantBirthdayPoints(
  container: MedusaContainer,
  now: Date = new Date()
) {
  const points: MemberPointsModuleService =
    container.resolve(MEMBER_POINTS_MODULE)
  const program = await points.retrieveProgram()
  if (!program.enabled) return { members: 0 }
  const today = DateTime.fromJSDate(now, { zone: program.timezone })
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const members = await segments.listCustomerMetrics(
    { birthday_month: today.month, birthday_day: today.day },
    { select: ["customer_id"], take: null }
  )
  const ids = members.map((m) => m.customer_id)
  const tiers = await loadTierBenefits(container, ids)
  const grants = ids.flatMap((id) => {
    const points =
      tiers.get(id)?.birthday_bonus_points ?? program.birthday_bonus
    return points
      ? [
          {
            customer_id: id,
            kind: "birthday" as const,
            reference_id: String(today.year),
            points,
          },
        ]
      : []
  })
  let granted = 0
  for (let start = 0; start < grants.length; start += GRANTS_PER_RUN) {
    const { result } = await grantPointsBonusWorkflow(container).run({
      input: { grants: grants.slice(start, start + GRANTS_PER_RUN) },
    })
    granted += result.length
  }
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`member points: ${granted} birthday bonuses`)
  return { members: granted }
}

export const config = {
  name: "grant-member-birthday-points",
  schedule: "10 0 * * *",
}
