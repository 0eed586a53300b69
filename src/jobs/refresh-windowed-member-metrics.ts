import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBER_SEGMENT_MODULE } from "../module-keys"
import type MemberSegmentModuleService from "../modules/member-segment/service"
import { refreshWindowedMetricsWorkflow } from "../workflows/member-data/refresh-windowed-metrics"

const PAGE_SIZE = 1000

/**
 * Daily: AOV over 90 and 365 days moves with time while no event fires. Pages
 * through the members an order just left a window for and re-derives them; a
 * stopped run loses nothing (the next one finds the same members still stale).
 */
export default async function refreshWindowedMemberMetrics(
  container: MedusaContainer
) {
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let cursor = ""
  let refreshed = 0
  let changed = 0
  for (;;) {
    const page = await segments.listStaleWindowedMetrics(cursor, PAGE_SIZE)
    if (!page.length) break
    const { result } = await refreshWindowedMetricsWorkflow(container).run({
      input: page,
    })
    refreshed += page.length
    changed += result.customer_ids.length
    cursor = page[page.length - 1]
  }
  logger.info(
    `member windowed metrics: ${refreshed} re-derived, ${changed} changed`
  )
  return { refreshed, changed }
}

export const config = {
  name: "refresh-windowed-member-metrics",
  schedule: "15 3 * * *",
}
