import { z } from "zod"
import {
  ladderIssues,
  TIER_BASES,
  TIER_WINDOWS,
} from "../../../modules/member-tier/utils/ladder"
import { plainText } from "../../utils/member-fields"

const money = z.number().finite().nonnegative()

/** One tier as admins define it; whether it fits the ladder is the workflow's check. */
export const AdminTier = z
  .object({
    name: plainText("name").trim().min(1).max(60),
    handle: z
      .string()
      .regex(
        /^[a-z0-9]+(-[a-z0-9]+)*$/,
        "handle must be lowercase letters, digits and dashes"
      )
      .max(40),
    rank: z.number().int().min(0).max(100),
    basis: z.enum(TIER_BASES).default("spend"),
    threshold: money,
    window: z.enum(TIER_WINDOWS).default("lifetime"),
    window_days: z.number().int().min(1).max(3660).nullish(),
    grace_days: z.number().int().min(0).max(3660).default(0),
    points_multiplier: z.number().finite().min(0).max(100).default(1),
    cashback_rate: z.number().finite().min(0).max(1).default(0),
    free_shipping: z.boolean().default(false),
    free_shipping_min_subtotal: money.nullish(),
    birthday_bonus_points: z.number().int().min(0).max(1_000_000).nullish(),
    description: plainText("description").max(500).nullish(),
  })
  .strict()
  .refine((tier) => tier.window !== "rolling" || !!tier.window_days, {
    message: "window_days is required for a rolling window",
    path: ["window_days"],
  })
export type AdminTierType = z.infer<typeof AdminTier>

export const AdminDeleteTierParams = z
  .object({ target_tier_id: z.string().min(1).optional() })
  .strict()

/** A whole proposed ladder: each tier valid, and the ladder strict (issues name `tiers[i].field`). */
export const AdminPreviewTiers = z
  .object({
    tiers: z.array(AdminTier).min(1).max(20),
  })
  .strict()
  .superRefine((body, ctx) => {
    for (const issue of ladderIssues(body.tiers)) {
      const path = ["tiers", ...issue.path]
      ctx.addIssue({
        code: "custom",
        path,
        message: `${path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${p}` : p)).join("")}: ${issue.message}`,
      })
    }
  })
export type AdminPreviewTiersType = z.infer<typeof AdminPreviewTiers>

export const AdminSetMemberTier = z
  .object({
    tier_id: z.string().min(1).nullish(),
    pinned: z.boolean(),
  })
  .strict()
export type AdminSetMemberTierType = z.infer<typeof AdminSetMemberTier>

const currency = z
  .string()
  .regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter ISO currency code")
  .transform((code) => code.toLowerCase())

/** Fixed member prices per variant, or a percentage off the regular price for products or categories. */
export const AdminTierPrices = z
  .object({
    prices: z
      .array(
        z
          .object({
            variant_id: z.string().min(1),
            currency_code: currency,
            amount: z.number().finite().positive(),
          })
          .strict()
      )
      .max(500)
      .default([]),
    percent_off: z
      .object({
        percent: z.number().finite().gt(0).max(100),
        currency_code: currency,
        product_ids: z.array(z.string().min(1)).max(500).default([]),
        category_ids: z.array(z.string().min(1)).max(100).default([]),
      })
      .strict()
      .refine((p) => p.product_ids.length + p.category_ids.length > 0, {
        message: "percent_off needs product_ids or category_ids",
        path: ["product_ids"],
      })
      .optional(),
    remove_variant_ids: z.array(z.string().min(1)).max(500).default([]),
  })
  .strict()
export type AdminTierPricesType = z.infer<typeof AdminTierPrices>
