import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBER_SEGMENT_MODULE } from "../module-keys"
import type MemberSegmentModuleService from "../modules/member-segment/service"
import { refreshSegmentWorkflow } from "../workflows/member-segments"

/**
 * Hourly: time-relative rules ("no order in 90 days") and columns written
 * without an event (points balances) move on their own; a full refresh of
 * every segment by diff keeps stored members and counts fresh.
 */
export default async function refreshMemberSegments(
  container: MedusaContainer
) {
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const saved = await segments.listSegments({}, { select: ["id"] })
  let changes = 0
  for (const { id } of saved) {
    const { result } = await refreshSegmentWorkflow(container).run({
      input: { segment_id: id },
    })
    changes += result.entered.length + result.exited.length
  }
  logger.info(
    `member segments: ${saved.length} refreshed, ${changes} entries/exits`
  )
  return { segments: saved.length, changes }
}

export const config = {
  name: "refresh-member-segments",
  schedule: "20 * * * *",
}
