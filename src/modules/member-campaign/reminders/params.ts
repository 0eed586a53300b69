// plain zod (the same package Medusa re-exports), so the admin forms share these schemas
import { z } from "zod"
import type { ReminderKey } from "./keys"

const hours = z
  .number()
  .int()
  .min(1)
  .max(24 * 60)
const days = z.number().int().min(1).max(3650)

const monthDay = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "must be a date as MM-DD")

const holidayName = z
  .object({ en: z.string().min(1).max(80), "zh-CN": z.string().min(1).max(80) })
  .strict()

/** Each reminder's parameters: strict, with the defaults a new rule starts with. */
export const REMINDER_PARAMS = {
  unpaid_order: z
    .object({ after_hours: hours.default(24), within_days: days.default(7) })
    .strict(),
  shipment_sent: z.object({}).strict(),
  honeymoon: z
    .object({ after_days: days.default(7), within_days: days.default(7) })
    .strict(),
  dormant: z
    .object({ after_days: days.default(90), within_days: days.default(365) })
    .strict(),
  tier_reached: z.object({}).strict(),
  tier_lapsing: z.object({ days_before: days.default(14) }).strict(),
  tier_next: z
    .object({ within_percent: z.number().int().min(1).max(99).default(20) })
    .strict(),
  holiday: z
    .object({
      holidays: z
        .array(z.object({ date: monthDay, name: holidayName }).strict())
        .max(50)
        .default([]),
    })
    .strict(),
  birthday: z.object({}).strict(),
  points_expiring: z.object({ within_days: days.default(14) }).strict(),
  review_request: z
    .object({ after_days: days.default(10), within_days: days.default(7) })
    .strict(),
} satisfies Record<ReminderKey, z.ZodType>

export type ReminderParams<K extends ReminderKey> = z.infer<
  (typeof REMINDER_PARAMS)[K]
>

export const defaultParams = (key: ReminderKey) =>
  REMINDER_PARAMS[key].parse({}) as Record<string, unknown>
