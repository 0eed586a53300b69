import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBER_SEGMENT_MODULE } from "../module-keys"
import type MemberSegmentModuleService from "../modules/member-segment/service"
import {
  backfillsToResume,
  runMemberBackfill,
} from "../workflows/member-backfill"

/** Picks up backfills whose worker died or whose start event was lost. */
export default async function resumeMemberBackfill(container: MedusaContainer) {
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const active = await segments.listMemberBackfills({
    status: ["pending", "running"],
  })
  for (const run of backfillsToResume(active)) {
    await runMemberBackfill(container, run.id)
  }
}

export const config = {
  name: "resume-member-backfill",
  schedule: "* * * * *",
}
