import type { FieldValues, Resolver } from "react-hook-form"
import type { z } from "zod"
import {
  AdminTier as AdminTierSchema,
  AdminTierPrices as AdminTierPricesSchema,
} from "../../api/admin/tiers/validators"
import { ladderIssues } from "../../modules/member-tier/utils/ladder"
import type { Formatters } from "./format"
import type {
  AdminTier,
  AdminTierBody,
  MemberTierProgress,
  TierBasis,
  TierWindow,
} from "./tier-types"
import type { MembershipT, ZodIssue } from "./zod-issue-message"

export type TierFormValues = {
  name: string
  handle: string
  rank: number
  basis: TierBasis
  threshold: number
  window: TierWindow
  window_days: number | null
  grace_days: number
  points_multiplier: number
  cashback_rate: number
  free_shipping: boolean
  free_shipping_min_subtotal: number | null
  birthday_bonus_points: number | null
  description: string
}

/** The body fields of a stored tier, as the server's AdminTier schema reads them. */
export const tierBodyOf = (tier: AdminTier): AdminTierBody => ({
  name: tier.name,
  handle: tier.handle,
  rank: tier.rank,
  basis: tier.basis,
  threshold: tier.threshold,
  window: tier.window,
  window_days: tier.window === "rolling" ? tier.window_days : null,
  grace_days: tier.grace_days,
  points_multiplier: tier.points_multiplier,
  cashback_rate: tier.cashback_rate,
  free_shipping: tier.free_shipping,
  free_shipping_min_subtotal: tier.free_shipping
    ? tier.free_shipping_min_subtotal
    : null,
  birthday_bonus_points: tier.birthday_bonus_points,
  description: tier.description,
})

/** A lowercase handle from a name ("Gold Plus" → "gold-plus"). */
export const handleOf = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "")

/** The drawer's values: the tier's own, or a new tier one rank above the top. */
export const tierFormValues = (
  tier: AdminTier | null,
  ladder: AdminTier[]
): TierFormValues => {
  if (tier) {
    const body = tierBodyOf(tier)
    return { ...body, description: body.description ?? "" }
  }
  const top = ladder.reduce<AdminTier | null>(
    (best, t) => (!best || t.rank > best.rank ? t : best),
    null
  )
  return {
    name: "",
    handle: "",
    rank: top ? top.rank + 1 : 0,
    basis: top?.basis ?? "spend",
    threshold: top ? top.threshold : 0,
    window: top?.window ?? "rolling",
    window_days: top ? top.window_days : 365,
    grace_days: top?.grace_days ?? 30,
    points_multiplier: 1,
    cashback_rate: 0,
    free_shipping: false,
    free_shipping_min_subtotal: null,
    birthday_bonus_points: null,
    description: "",
  }
}

/** The body to save: fields that do not apply to the choices made are cleared. */
export const tierBody = (values: TierFormValues): AdminTierBody => ({
  ...values,
  name: values.name.trim(),
  window_days: values.window === "rolling" ? values.window_days : null,
  free_shipping_min_subtotal: values.free_shipping
    ? values.free_shipping_min_subtotal
    : null,
  description: values.description.trim() || null,
})

/** The ladder as it would be with the drawer's tier saved (the what-if's input). */
export const proposedLadder = (
  ladder: AdminTier[],
  editingId: string | null,
  values: TierFormValues
): AdminTierBody[] =>
  [
    ...ladder.filter((t) => t.id !== editingId).map(tierBodyOf),
    tierBody(values),
  ].sort((a, b) => a.rank - b.rank)

/**
 * The drawer's schema: the server's AdminTier, and the ladder's own rules
 * (ranks, handles, base tier, a higher rank asks for more) against the other
 * tiers, on the drawer's fields before anything is sent.
 */
export const tierFormSchema = (others: AdminTierBody[]) =>
  AdminTierSchema.superRefine((tier, ctx) => {
    // the drawer's tier goes last, so a clash of rank or handle is reported on it
    const ladder = [
      ...others.map((t) => ({ ...t, window_days: t.window_days ?? null })),
      tier as AdminTierBody,
    ]
    const mineAt = ladder.length - 1
    const referenced = (message: string) => {
      const match = /tiers\[(\d+)\]/.exec(message)
      return match ? ladder[Number(match[1])] : undefined
    }
    for (const issue of ladderIssues(ladder)) {
      const [at, field] = issue.path
      if (at === mineAt && field) {
        const other = referenced(issue.message)
        ctx.addIssue({
          code: "custom",
          path: [String(field)],
          params: {
            rule: `ladder_${field}`,
            other: other?.name,
            threshold: other?.threshold,
          },
        })
        return
      }
      // a higher tier that would no longer ask for more than this one
      if (field === "threshold" && referenced(issue.message) === tier) {
        const other = ladder[Number(at)]
        ctx.addIssue({
          code: "custom",
          path: ["threshold"],
          params: {
            rule: "ladder_threshold_below",
            other: other.name,
            threshold: other.threshold,
          },
        })
        return
      }
    }
  })

/**
 * The server's schema words a few rules itself (a pattern's message), and a
 * schema's own message wins over the form's error map: the form's words for those.
 */
export const SCHEMA_MESSAGES = {
  "handle must be lowercase letters, digits and dashes":
    "tiers.form.errors.handle",
  "currency_code must be a 3-letter ISO currency code":
    "tiers.form.errors.currency",
  "window_days is required for a rolling window":
    "tiers.form.errors.windowDays",
  "percent_off needs product_ids or category_ids":
    "tiers.priceEditor.pickProducts",
} as const

const schemaMessageKey = (message: string) =>
  Object.prototype.hasOwnProperty.call(SCHEMA_MESSAGES, message)
    ? SCHEMA_MESSAGES[message as keyof typeof SCHEMA_MESSAGES]
    : undefined

/** A resolver whose errors say the server schema's own messages in the admin's words. */
export const translatedResolver =
  <V extends FieldValues>(resolver: Resolver<V>, t: MembershipT): Resolver<V> =>
  async (...args) => {
    const result = await resolver(...args)
    const visit = (node: unknown) => {
      if (!node || typeof node !== "object") return
      const error = node as { message?: unknown }
      const key =
        typeof error.message === "string"
          ? schemaMessageKey(error.message)
          : undefined
      if (key) error.message = t(key)
      for (const [key, child] of Object.entries(node)) {
        if (key !== "ref" && key !== "message") visit(child)
      }
    }
    visit(result.errors)
    return result
  }

export type TierFormInput = z.input<ReturnType<typeof tierFormSchema>>

/** The drawer's own words for its fields' rules. */
export const tierIssueMessage =
  (t: MembershipT, format: Formatters) =>
  (issue: ZodIssue): string | undefined => {
    const params = (issue.code === "custom" ? issue.params : undefined) as
      { rule?: string; other?: string; threshold?: number } | undefined
    switch (params?.rule) {
      case "ladder_rank":
        return t("tiers.form.errors.rankTaken", { other: params.other ?? "" })
      case "ladder_handle":
        return t("tiers.form.errors.handleTaken", {
          other: params.other ?? "",
        })
      case "ladder_threshold":
        return params.other
          ? t("tiers.form.errors.thresholdAbove", {
              other: params.other,
              threshold: format.number(params.threshold ?? 0, 2),
            })
          : t("tiers.form.errors.baseThreshold")
      case "ladder_threshold_below":
        return t("tiers.form.errors.thresholdBelow", {
          other: params.other ?? "",
          threshold: format.number(params.threshold ?? 0, 2),
        })
      case "ladder_window_days":
        return t("tiers.form.errors.windowDays")
    }
    const [field] = issue.path ?? []
    if (issue.code === "custom" && field === "window_days") {
      return t("tiers.form.errors.windowDays")
    }
    if (issue.code === "invalid_format" && field === "handle") {
      return t("tiers.form.errors.handle")
    }
    if (issue.code === "invalid_type" && issue.expected === "int") {
      return t("tiers.form.errors.wholeNumber")
    }
    if (issue.code === "invalid_type" && issue.expected === "number") {
      return t("tiers.form.errors.number")
    }
    if (issue.code === "too_small" && issue.origin === "number") {
      return t("tiers.form.errors.atLeast", {
        min: format.number(Number(issue.minimum), 2),
      })
    }
    if (issue.code === "too_big" && issue.origin === "number") {
      return t("tiers.form.errors.atMost", {
        max: format.number(Number(issue.maximum), 2),
      })
    }
    if (issue.code === "invalid_type" && issue.expected === "int") {
      return t("tiers.form.errors.wholeNumber")
    }
    return undefined
  }

/** A server 400 names its field first ("threshold: ..."): the form field it belongs to. */
export const tierServerErrorField = (
  message: string
): keyof TierFormValues | null => {
  const field = message.split(":")[0].trim()
  const fields: (keyof TierFormValues)[] = [
    "name",
    "handle",
    "rank",
    "basis",
    "threshold",
    "window",
    "window_days",
    "grace_days",
    "points_multiplier",
    "cashback_rate",
    "free_shipping",
    "free_shipping_min_subtotal",
    "birthday_bonus_points",
    "description",
  ]
  return (fields as string[]).includes(field)
    ? (field as keyof TierFormValues)
    : null
}

type Money = (amount: number) => string

/** "€500 spent in 365 days", "5 orders in total", "Every member". */
export const qualificationText = (
  t: MembershipT,
  format: Formatters,
  money: Money,
  tier: Pick<
    AdminTierBody,
    "rank" | "basis" | "threshold" | "window" | "window_days"
  >
) => {
  if (tier.rank === 0 && tier.threshold === 0) {
    return t("tiers.qualification.base")
  }
  const days = tier.window_days ?? 0
  const window = tier.window
  if (tier.basis === "spend") {
    return t(`tiers.qualification.spend.${window}`, {
      amount: money(tier.threshold),
      days: format.number(days),
      count: days,
    })
  }
  if (tier.basis === "orders") {
    return t(`tiers.qualification.orders.${window}`, {
      orders: format.number(tier.threshold),
      days: format.number(days),
      count: tier.threshold,
    })
  }
  return t(`tiers.qualification.points_earned.${window}`, {
    points: format.number(tier.threshold),
    days: format.number(days),
    count: days,
  })
}

/** The tier's benefits in words, one item each. */
export const benefitTexts = (
  t: MembershipT,
  format: Formatters,
  money: Money,
  tier: Pick<
    AdminTierBody,
    | "points_multiplier"
    | "cashback_rate"
    | "free_shipping"
    | "free_shipping_min_subtotal"
    | "birthday_bonus_points"
  >
) => {
  const items: string[] = []
  if (tier.points_multiplier !== 1) {
    items.push(
      t("tiers.benefits.multiplier", {
        multiplier: format.number(tier.points_multiplier, 2),
      })
    )
  }
  if (tier.cashback_rate > 0) {
    items.push(
      t("tiers.benefits.cashback", {
        rate: format.percentPrecise(tier.cashback_rate),
      })
    )
  }
  if (tier.free_shipping) {
    items.push(
      tier.free_shipping_min_subtotal
        ? t("tiers.benefits.freeShippingOver", {
            amount: money(tier.free_shipping_min_subtotal),
          })
        : t("tiers.benefits.freeShipping")
    )
  }
  if (tier.birthday_bonus_points) {
    items.push(
      t("tiers.benefits.birthday", {
        points: format.number(tier.birthday_bonus_points),
      })
    )
  }
  return items
}

/** The share of the way to the next tier (0..1), or null when there is no next tier. */
export const progressRatio = (progress: MemberTierProgress | null) => {
  if (!progress?.next_tier || progress.remaining_to_next == null) return null
  const { threshold } = progress.next_tier
  if (threshold <= 0) return 1
  return Math.min(1, Math.max(0, 1 - progress.remaining_to_next / threshold))
}

export const TEMPLATE_HANDLES = ["member", "silver", "gold", "vip"] as const

/**
 * The starter ladder: Member / Silver / Gold / VIP by spend over the last 365
 * days, richer benefits each rank up; created in rank order.
 */
export const templateLadder = (
  names: Record<(typeof TEMPLATE_HANDLES)[number], string>
): AdminTierBody[] => {
  const base = {
    basis: "spend" as const,
    window: "rolling" as const,
    window_days: 365,
    grace_days: 30,
    birthday_bonus_points: null,
    description: null,
  }
  return [
    {
      ...base,
      name: names.member,
      handle: "member",
      rank: 0,
      threshold: 0,
      points_multiplier: 1,
      cashback_rate: 0,
      free_shipping: false,
      free_shipping_min_subtotal: null,
    },
    {
      ...base,
      name: names.silver,
      handle: "silver",
      rank: 1,
      threshold: 250,
      points_multiplier: 1.25,
      cashback_rate: 0,
      free_shipping: false,
      free_shipping_min_subtotal: null,
    },
    {
      ...base,
      name: names.gold,
      handle: "gold",
      rank: 2,
      threshold: 750,
      points_multiplier: 1.5,
      cashback_rate: 0.01,
      free_shipping: true,
      free_shipping_min_subtotal: 100,
    },
    {
      ...base,
      name: names.vip,
      handle: "vip",
      rank: 3,
      threshold: 2000,
      points_multiplier: 2,
      cashback_rate: 0.02,
      free_shipping: true,
      free_shipping_min_subtotal: 0,
      birthday_bonus_points: 500,
    },
  ]
}

/** A fixed member price for one variant, by the server's own rule. */
export const fixedPriceSchema = AdminTierPricesSchema.shape.prices
  .unwrap()
  .unwrap()
export type FixedPriceValues = {
  variant_id: string
  currency_code: string
  amount: number
}

/** A percentage off the regular price for chosen products, by the server's own rule. */
export const percentOffSchema = AdminTierPricesSchema.shape.percent_off.unwrap()
export type PercentOffValues = {
  percent: number
  currency_code: string
  product_ids: string[]
  category_ids: string[]
}

/** The price editor's own words for its fields' rules. */
export const priceIssueMessage =
  (t: MembershipT, format: Formatters) =>
  (issue: ZodIssue): string | undefined => {
    const [field] = issue.path ?? []
    if (field === "variant_id") return t("tiers.priceEditor.pickVariant")
    if (field === "product_ids") return t("tiers.priceEditor.pickProducts")
    if (field === "currency_code") return t("tiers.form.errors.currency")
    if (
      issue.code === "invalid_type" &&
      (issue.expected === "number" || issue.expected === "int")
    ) {
      return t("tiers.form.errors.number")
    }
    if (issue.code === "too_small" && issue.origin === "number") {
      return issue.inclusive === false
        ? t("tiers.form.errors.above", {
            min: format.number(Number(issue.minimum), 2),
          })
        : t("tiers.form.errors.atLeast", {
            min: format.number(Number(issue.minimum), 2),
          })
    }
    if (issue.code === "too_big" && issue.origin === "number") {
      return t("tiers.form.errors.atMost", {
        max: format.number(Number(issue.maximum), 2),
      })
    }
    return undefined
  }
