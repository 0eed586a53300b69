import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBER_POINTS_MODULE } from "../../module-keys"
import type MemberPointsModuleService from "../../modules/member-points/service"
import type { PointsEntryRow } from "../../modules/member-points/types"
import { membershipCurrency } from "../../workflows/member-data/membership-currency"
import { entryResponse } from "./points-response"

/** A member's balances (expiring within 30 days) and a page of their ledger, newest first. */
export async function loadMemberPoints(
  container: MedusaContainer,
  customerId: string,
  page: { offset: number; limit: number }
) {
  const points: MemberPointsModuleService =
    container.resolve(MEMBER_POINTS_MODULE)
  const [balances, [entries, count], program] = await Promise.all([
    points.getBalances([customerId], { within_days: 30 }),
    points.listAndCountPointsEntries(
      { customer_id: customerId },
      {
        order: { created_at: "DESC", id: "DESC" },
        skip: page.offset,
        take: page.limit,
      }
    ),
    points.retrieveProgram(),
  ])
  const balance = balances.get(customerId)!
  return {
    points: {
      available: balance.available,
      pending: balance.pending,
      expiring_soon: balance.expiring,
      next_expiry: balance.next_expiry,
      value:
        Math.round(balance.available * Number(program.point_value) * 100) / 100,
      // points are worth money in the program's currency, else the membership currency
      currency_code:
        program.currency_code ?? (await membershipCurrency(container)),
    },
    entries: (entries as unknown as PointsEntryRow[]).map(entryResponse),
    count,
    offset: page.offset,
    limit: page.limit,
  }
}
