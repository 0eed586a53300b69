import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBER_SEGMENT_MODULE } from "../../src/module-keys"
import { buildPreset } from "../../src/modules/member-segment/rules/presets"
import type MemberSegmentModuleService from "../../src/modules/member-segment/service"
import type { SegmentInput } from "../../src/workflows/member-segments/types"
import {
  createSegmentWorkflowId,
  refreshSegmentWorkflowId,
  rescoreRfmWorkflowId,
} from "../../src/workflows/workflow-ids"
import { runPluginWorkflow } from "./run-plugin-workflow"

/** Saved segments from the main presets, so a newcomer sees real groups with their sizes. */
export const DEMO_SEGMENTS = [
  { name: "Dormant 90 days", preset: "dormant", params: { days: 90 } },
  { name: "Champions", preset: "rfm_group", params: { group: "champions" } },
  {
    name: "Near €80 average order",
    preset: "near_threshold_aov",
    params: { threshold: 80, band: 20 },
  },
  { name: "Students", preset: "tag_group", params: { tag: "students" } },
  { name: "Unpaid orders", preset: "unpaid_orders", params: {} },
] as const

/** Rescores RFM over the seeded pool, then saves (or refreshes) the demo segments. Idempotent. */
export async function ensureSegmentDemo(container: MedusaContainer) {
  await runPluginWorkflow(container, rescoreRfmWorkflowId, undefined)
  const segments: MemberSegmentModuleService = container.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const counts: Record<string, number> = {}
  for (const demo of DEMO_SEGMENTS) {
    const built = buildPreset(demo.preset, demo.params, { tiers: [] })
    if (!built) continue
    const [existing] = await segments.listSegments(
      { name: demo.name },
      { take: 1 }
    )
    const result = existing
      ? await runPluginWorkflow<{ segment_id: string }>(
          container,
          refreshSegmentWorkflowId,
          {
            segment_id: existing.id,
          }
        )
      : await runPluginWorkflow<SegmentInput>(
          container,
          createSegmentWorkflowId,
          {
            name: demo.name,
            rule: built.rule,
            preset: demo.preset,
            preset_params: built.params,
          }
        )
    counts[demo.name] = (result as { count: number }).count
  }
  return counts
}
