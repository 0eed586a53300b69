import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rescoreRfmWorkflow } from "../workflows/member-segments"

/** Daily: recency cutoffs move with time; recompute them over all buyers and rescore everyone. */
export default async function rescoreMemberRfm(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await rescoreRfmWorkflow(container).run()
  logger.info(`member RFM: ${result} members rescored`)
  return { rescored: result }
}

export const config = {
  name: "rescore-member-rfm",
  schedule: "45 3 * * *",
}
