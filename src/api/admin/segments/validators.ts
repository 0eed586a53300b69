import { z } from "zod"
import { ruleSchema } from "../../../modules/member-segment/rules/validate"
import { plainText } from "../../utils/member-fields"

const presetKey = z.string().min(1).max(60)
const presetParams = z.record(z.string(), z.unknown())

/** A rule, or a preset and its parameters to build one from. */
const ruleSource = {
  rule: ruleSchema("rule").optional(),
  preset: presetKey.nullable().optional(),
  preset_params: presetParams.nullable().optional(),
}

const needsRule = (body: { rule?: unknown; preset?: string | null }) =>
  body.rule !== undefined || !!body.preset

export const AdminPreviewSegment = z
  .object({
    ...ruleSource,
    sample_size: z.number().int().min(0).max(50).default(20),
  })
  .strict()
  .refine(needsRule, {
    message: "rule: a rule or a preset is required",
    path: ["rule"],
  })
export type AdminPreviewSegmentType = z.infer<typeof AdminPreviewSegment>

export const AdminCreateSegment = z
  .object({
    name: plainText("name").trim().min(1).max(120),
    description: plainText("description").trim().max(500).nullable().optional(),
    ...ruleSource,
  })
  .strict()
  .refine(needsRule, {
    message: "rule: a rule or a preset is required",
    path: ["rule"],
  })
export type AdminCreateSegmentType = z.infer<typeof AdminCreateSegment>

export const AdminUpdateSegment = z
  .object({
    name: plainText("name").trim().min(1).max(120).optional(),
    description: plainText("description").trim().max(500).nullable().optional(),
    ...ruleSource,
  })
  .strict()
export type AdminUpdateSegmentType = z.infer<typeof AdminUpdateSegment>

const page = {
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}

export const AdminListSegmentsParams = z
  .object({ q: plainText("q").trim().min(1).max(200).optional(), ...page })
  .strict()
export type AdminListSegmentsParamsType = z.infer<
  typeof AdminListSegmentsParams
>

export const AdminSegmentMembersParams = z.object(page).strict()
export type AdminSegmentMembersParamsType = z.infer<
  typeof AdminSegmentMembersParams
>

export const AdminExplainSegmentParams = z
  .object({ customer_id: z.string().trim().min(1).max(200) })
  .strict()
export type AdminExplainSegmentParamsType = z.infer<
  typeof AdminExplainSegmentParams
>

export const AdminSegmentPresetsParams = z
  .object({
    with_counts: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
  })
  .strict()
export type AdminSegmentPresetsParamsType = z.infer<
  typeof AdminSegmentPresetsParams
>

export const AdminSegmentFieldValuesParams = z
  .object({
    q: plainText("q").trim().toLowerCase().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict()
export type AdminSegmentFieldValuesParamsType = z.infer<
  typeof AdminSegmentFieldValuesParams
>
