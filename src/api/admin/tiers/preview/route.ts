import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MEMBER_SEGMENT_MODULE } from "../../../../module-keys"
import type MemberSegmentModuleService from "../../../../modules/member-segment/service"
import { measureKey } from "../../../../modules/member-tier/utils"
import { membershipCurrency } from "../../../../workflows/member-data/membership-currency"
import { ladderMeasures } from "../../../../workflows/member-tiers/measures"
import type { AdminPreviewTiersType } from "../validators"

/**
 * What-if for a proposed ladder, before anything is saved: members per tier,
 * each tier's share of revenue, and the moves against the tiers members hold
 * now (by rank), with samples. "points_earned" tiers count no one here.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPreviewTiersType>,
  res: MedusaResponse
) => {
  const segments: MemberSegmentModuleService = req.scope.resolve(
    MEMBER_SEGMENT_MODULE
  )
  const started = Date.now()
  const proposed = [...req.validatedBody.tiers].sort((a, b) => a.rank - b.rank)
  const ladder = proposed.map((tier, index) => ({ ...tier, id: String(index) }))
  const rows = await segments.previewTiers({
    measures: ladderMeasures(
      ladder.map((t) => ({
        ...t,
        grace_days: t.grace_days ?? 0,
        customer_group_id: null,
      }))
    ),
    ladder: ladder.map((t) => ({
      rank: t.rank,
      key: measureKey(t),
      threshold: t.threshold,
    })),
    currency_code: await membershipCurrency(req.scope),
    now: new Date(),
  })
  const total = rows.reduce((sum, row) => sum + row.revenue, 0)
  const byRank = new Map(rows.map((row) => [row.rank, row]))
  const sum = (key: "up" | "down" | "unchanged") =>
    rows.reduce((s, row) => s + row[key], 0)
  res.json({
    tiers: proposed.map((tier) => {
      const row = byRank.get(tier.rank)
      return {
        rank: tier.rank,
        name: tier.name,
        handle: tier.handle,
        member_count: row?.members ?? 0,
        revenue: row?.revenue ?? 0,
        revenue_share: total > 0 ? (row?.revenue ?? 0) / total : 0,
      }
    }),
    moves: {
      up: sum("up"),
      down: sum("down"),
      unchanged: sum("unchanged"),
      up_sample: rows.flatMap((row) => row.up_sample).slice(0, 10),
      down_sample: rows.flatMap((row) => row.down_sample).slice(0, 10),
    },
    took_ms: Date.now() - started,
  })
}
