import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { z } from "zod"
import { MEMBER_SEGMENT_MODULE } from "../../../module-keys"
import { describeRule } from "../../../modules/member-segment/rules/describe"
import {
  buildPreset,
  presetByKey,
} from "../../../modules/member-segment/rules/presets"
import type {
  PurchasedValue,
  RuleNode,
} from "../../../modules/member-segment/rules/types"
import type MemberSegmentModuleService from "../../../modules/member-segment/service"
import { loadPresetTiers } from "../../../workflows/member-segments/seams/tiers"

export const segmentService = (
  scope: MedusaContainer
): MemberSegmentModuleService => scope.resolve(MEMBER_SEGMENT_MODULE)

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** The membership currency (plugin option, else the store default), for money in words. */
export async function membershipCurrency(
  scope: MedusaContainer
): Promise<string | null> {
  const configured = segmentService(scope).configuredCurrency()
  if (configured) return configured
  const [store] = await scope
    .resolve(Modules.STORE)
    .listStores({}, { relations: ["supported_currencies"], take: 1 })
  const currency =
    store?.supported_currencies?.find((c) => c.is_default)?.currency_code ??
    store?.supported_currencies?.[0]?.currency_code
  return currency?.toLowerCase() ?? null
}

type Reference = { path: string; id: string }

const purchaseReferences = (
  node: RuleNode,
  path: string,
  kind: keyof PurchasedValue,
  out: Reference[]
) => {
  if ("all" in node)
    node.all.forEach((child, i) =>
      purchaseReferences(child, `${path}.all[${i}]`, kind, out)
    )
  else if ("any" in node)
    node.any.forEach((child, i) =>
      purchaseReferences(child, `${path}.any[${i}]`, kind, out)
    )
  else if ("not" in node) purchaseReferences(node.not, `${path}.not`, kind, out)
  else if (node.op === "purchased") {
    const ids = ((node.value as PurchasedValue | undefined)?.[kind] ??
      []) as string[]
    ids.forEach((id, i) =>
      out.push({ path: `${path}.value.${kind}[${i}]`, id })
    )
  }
}

/** 400 naming the path of the first `purchased` id that names no category or product of the store. */
async function assertReferencesExist(
  scope: MedusaContainer,
  rule: RuleNode,
  path: string
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const checks: [keyof PurchasedValue, string, string][] = [
    ["category_ids", "product_category", "category"],
    ["product_ids", "product", "product"],
    ["collection_ids", "product_collection", "collection"],
  ]
  for (const [kind, entity, noun] of checks) {
    const refs: Reference[] = []
    purchaseReferences(rule, path, kind, refs)
    if (!refs.length) continue
    const ids = [...new Set(refs.map((ref) => ref.id))]
    const { data } = await query.graph({
      entity,
      fields: ["id"],
      filters: { id: ids },
    })
    const known = new Set((data as { id: string }[]).map((row) => row.id))
    const missing = refs.find((ref) => !known.has(ref.id))
    if (missing)
      throw invalid(
        `Invalid request: ${missing.path}: unknown ${noun} "${missing.id}"`
      )
  }
}

export type RuleSource = {
  rule?: RuleNode
  preset?: string | null
  preset_params?: Record<string, unknown> | null
}

/**
 * The rule of a request: the given rule, else the preset's rule built from its
 * parameters. Parameter errors and unknown references are 400s naming the path.
 */
export async function resolveRule(scope: MedusaContainer, source: RuleSource) {
  let rule = source.rule
  let params = source.preset_params ?? null
  if (source.preset) {
    if (!presetByKey(source.preset))
      throw invalid(
        `Invalid request: preset: unknown preset "${source.preset}"`
      )
    const tiers = await loadPresetTiers(scope)
    try {
      const built = buildPreset(source.preset, source.preset_params ?? {}, {
        tiers,
      })
      if (!built)
        throw invalid(
          `Invalid request: preset: "${source.preset}" is not available in this store`
        )
      rule = rule ?? built.rule
      params = built.params
    } catch (error) {
      if (error instanceof z.ZodError) {
        const issue = error.issues[0]
        throw invalid(
          `Invalid request: preset_params.${issue.path.join(".")}: ${issue.message}`
        )
      }
      throw error
    }
  }
  if (!rule)
    throw invalid("Invalid request: rule: a rule or a preset is required")
  await assertReferencesExist(scope, rule, "rule")
  return {
    rule,
    preset: source.preset ?? null,
    preset_params: source.preset ? params : null,
  }
}

/** A rule's one-line description in both admin languages. */
export const ruleSummary = (rule: RuleNode, currency: string | null) => ({
  en: describeRule(rule, { language: "en", currency }),
  zh: describeRule(rule, { language: "zh", currency }),
})

type SegmentRow = {
  id: string
  name: string
  description: string | null
  rule: unknown
  preset: string | null
  preset_params: unknown
  last_count: number
  computed_at: Date | string | null
  created_at: Date | string
  updated_at: Date | string
}

export const segmentResponse = (
  segment: SegmentRow,
  currency: string | null,
  members: number
) => ({
  id: segment.id,
  name: segment.name,
  description: segment.description,
  rule: segment.rule,
  summary: ruleSummary(segment.rule as RuleNode, currency),
  preset: segment.preset,
  preset_params: segment.preset_params,
  count: segment.last_count,
  share: members ? segment.last_count / members : 0,
  computed_at: segment.computed_at,
  created_at: segment.created_at,
  updated_at: segment.updated_at,
})

export async function loadSegment(scope: MedusaContainer, id: string) {
  const [segment] = await segmentService(scope).listSegments(
    { id },
    { take: 1 }
  )
  if (!segment) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Segment with id: ${id} was not found`
    )
  }
  return segment
}

export async function memberTotal(scope: MedusaContainer) {
  const preview = await segmentService(scope).previewRule(
    { field: "order_count", op: "gte", value: 0 },
    { limit: 0 }
  )
  return preview.total
}
