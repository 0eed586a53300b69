import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireMemberPointsWorkflow } from "../workflows/member-points"

const PAGE_ACCOUNTS = 500

/**
 * Daily: expires lots past their date, a page of accounts at a time, each
 * under its lock. Idempotent: an expired lot has nothing left, so a rerun (or a
 * run stopped half-way and started again) writes only what is still due.
 */
export default async function expireMemberPoints(
  container: MedusaContainer,
  now: Date = new Date()
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let members = 0
  for (;;) {
    const { result } = await expireMemberPointsWorkflow(container).run({
      input: { now, accounts: PAGE_ACCOUNTS },
    })
    if (!result.length) break
    members += result.length
  }
  logger.info(`member points: expired lots of ${members} members`)
  return { members }
}

export const config = {
  name: "expire-member-points",
  schedule: "30 0 * * *",
}
