import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireMemberPointsWorkflow } from "../workflows/member-points"

/** Accounts per page (one transaction holding their locks). */
export const EXPIRY_PAGE = 500

/**
 * Daily: expires lots past their date, a page of accounts at a time (in id
 * order, by cursor), each under its lock. Idempotent: an expired lot has nothing left, so a rerun (or a
 * run stopped half-way and started again) writes only what is still due.
 */
export default async function expireMemberPoints(
  container: MedusaContainer,
  now: Date = new Date()
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let members = 0
  let after = ""
  for (;;) {
    const { result } = await expireMemberPointsWorkflow(container).run({
      input: { now, accounts: EXPIRY_PAGE, after },
    })
    members += result.customer_ids.length
    if (!result.next) break
    after = result.next
  }
  logger.info(`member points: expired lots of ${members} members`)
  return { members }
}

export const config = {
  name: "expire-member-points",
  schedule: "30 0 * * *",
}
