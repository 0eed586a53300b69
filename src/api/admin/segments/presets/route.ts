import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { z } from "zod"
import {
  buildPreset,
  PRESETS,
} from "../../../../modules/member-segment/rules/presets"
import { loadPresetTiers } from "../../../../workflows/member-segments/seams/tiers"
import { membershipCurrency, ruleSummary, segmentService } from "../helpers"
import type { AdminSegmentPresetsParamsType } from "../validators"

/** Ready-made groups with their parameters, default rule and (on request) live size and revenue. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminSegmentPresetsParamsType>,
  res: MedusaResponse
) => {
  const [tiers, currency] = await Promise.all([
    loadPresetTiers(req.scope),
    membershipCurrency(req.scope),
  ])
  const service = segmentService(req.scope)
  const presets = []
  for (const preset of PRESETS) {
    const available = preset.available ? preset.available({ tiers }) : true
    let built: ReturnType<typeof buildPreset> = null
    try {
      built = available ? buildPreset(preset.key, {}, { tiers }) : null
    } catch {
      built = null // parameters without defaults (e.g. categories) must be chosen first
    }
    const stats =
      req.validatedQuery.with_counts && built
        ? await service.previewRule(built.rule, { limit: 0 })
        : null
    presets.push({
      key: preset.key,
      label: preset.label,
      description: preset.description,
      available,
      params: z.toJSONSchema(preset.params, {
        io: "input",
        unrepresentable: "any",
      }),
      default_params: built?.params ?? null,
      rule: built?.rule ?? null,
      summary: built ? ruleSummary(built.rule, currency) : null,
      stats: stats && {
        count: stats.count,
        share: stats.share,
        revenue: stats.revenue,
        revenue_share: stats.revenue_share,
      },
    })
  }
  res.json({ presets })
}
