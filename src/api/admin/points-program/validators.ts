import { z } from "zod"

/** Largest points amount one request may move (well inside a Postgres integer). */
export const MAX_POINTS = 100_000_000

export const pointsField = z
  .number({ error: "points must be a number" })
  .int("points must be a whole number")
  .positive("points must be positive")
  .max(MAX_POINTS, `points must be at most ${MAX_POINTS}`)

const bonus = z.number().int().min(0).max(MAX_POINTS)

export const AdminUpdatePointsProgram = z
  .object({
    enabled: z.boolean(),
    currency_code: z
      .string()
      .regex(/^[A-Za-z]{3}$/, "currency_code must be a 3-letter ISO 4217 code")
      .transform((c) => c.toLowerCase())
      .nullable(),
    earn_rate: z.number().min(0).max(1000),
    point_value: z.number().positive().max(1000),
    min_redeem_points: z.number().int().min(1).max(MAX_POINTS),
    max_redeem_share: z.number().min(0).max(1),
    expiry_months: z.number().int().min(1).max(120).nullable(),
    pending_days: z.number().int().min(0).max(365),
    signup_bonus: bonus,
    checkin_bonus: bonus,
    checkin_streak_bonus: bonus,
    review_bonus: bonus,
    birthday_bonus: bonus,
    tier_up_bonus: bonus,
    timezone: z
      .string()
      .min(1)
      .max(64)
      .refine((zone) => {
        try {
          new Intl.DateTimeFormat("en", { timeZone: zone })
          return true
        } catch {
          return false
        }
      }, "timezone must be an IANA time zone such as Europe/Berlin"),
  })
  .partial()
  .strict()
export type AdminUpdatePointsProgramType = z.infer<
  typeof AdminUpdatePointsProgram
>

export const AdminAdjustPoints = z
  .object({
    points: z
      .number({ error: "points must be a number" })
      .int("points must be a whole number")
      .refine((n) => n !== 0, "points must not be zero")
      .refine(
        (n) => Math.abs(n) <= MAX_POINTS,
        `points must be at most ${MAX_POINTS} either way`
      ),
    reason: z.string().trim().min(1, "reason is required").max(500),
    idempotency_key: z.string().min(1).max(100).optional(),
  })
  .strict()
export type AdminAdjustPointsType = z.infer<typeof AdminAdjustPoints>

export const AdminGrantBonus = z
  .object({
    kind: z.enum(["review"]).default("review"),
    /** the review (or other) id the bonus is for: once per id */
    reference_id: z.string().trim().min(1).max(200),
    points: pointsField.optional(),
    reason: z.string().trim().max(500).optional(),
  })
  .strict()
export type AdminGrantBonusType = z.infer<typeof AdminGrantBonus>

export const ListEntriesParams = z
  .object({
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict()
export type ListEntriesParamsType = z.infer<typeof ListEntriesParams>

export const LiabilityParams = z
  .object({ months: z.coerce.number().int().min(1).max(36).default(12) })
  .strict()
export type LiabilityParamsType = z.infer<typeof LiabilityParams>

export const StoreCartPoints = z.object({ points: pointsField }).strict()
export type StoreCartPointsType = z.infer<typeof StoreCartPoints>
