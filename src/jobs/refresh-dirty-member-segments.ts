import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEMBER_SEGMENT_MODULE } from "../module-keys"
import type MemberSegmentModuleService from "../modules/member-segment/service"
import { refreshSegmentWorkflow } from "../workflows/member-segments"

const PAGE_SIZE = 1000
/** Members are refreshed once their marks were quiet this long (debounce). */
export const SEGMENT_QUIET_SECONDS = 30

/**
 * Every minute: re-examines, in every segment, the members whose metrics
 * changed and then stayed quiet for a while. Marks live in the database and
 * are cleared only after every segment took them in (a renewed mark stays),
 * so a stopped run resumes where it was.
 */
export default async function refreshDirtyMemberSegments(
  container: MedusaContainer
) {
  // the scheduler passes its own second argument: never read it as a setting
  return await drainDirtyMemberSegments(container, SEGMENT_QUIET_SECONDS)
}

/** The job's work with an explicit quiet period (tests pass 0). */
export async function drainDirtyMemberSegments(
  container: MedusaContainer,
  quietSeconds: number
) {
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const saved = await segments.listSegments({}, { select: ["id"] })
  let members = 0
  let changes = 0
  for (;;) {
    const marks = await segments.listQuietDirtyMembers(quietSeconds, PAGE_SIZE)
    if (!marks.length) break
    const customerIds = marks.map((mark) => mark.customer_id)
    for (const { id } of saved) {
      const { result } = await refreshSegmentWorkflow(container).run({
        input: { segment_id: id, customer_ids: customerIds },
      })
      changes += result.entered.length + result.exited.length
    }
    await segments.clearDirtyMembers(marks)
    members += marks.length
    if (marks.length < PAGE_SIZE) break
  }
  if (members) {
    logger.info(
      `member segments: ${members} changed members re-examined, ${changes} entries/exits`
    )
  }
  return { members, changes }
}

export const config = {
  name: "refresh-dirty-member-segments",
  schedule: "* * * * *",
}
