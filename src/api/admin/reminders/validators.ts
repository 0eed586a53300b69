import { z } from "zod"
import { SUPPORTED_LOCALES } from "../../../modules/member-campaign/utils/locale"

const source = z.string().max(20_000)

const templateParts = z
  .object({
    subject: z.string().max(300).optional(),
    html: source.optional(),
    text: source.optional(),
  })
  .strict()

export const templateOverrides = z
  .object({ en: templateParts.optional(), "zh-CN": templateParts.optional() })
  .strict()

export const offerField = z
  .discriminatedUnion("type", [
    z
      .object({
        type: z.literal("promotion"),
        code: z.string().min(1).max(100),
      })
      .strict(),
    z
      .object({
        type: z.literal("points"),
        points: z.number().int().positive().max(1_000_000),
      })
      .strict(),
  ])
  .nullable()

const channel = z.enum(["email", "sms"])

export const AdminUpdateReminder = z
  .object({
    enabled: z.boolean().optional(),
    // checked against the reminder's own schema (params.<name>) by the workflow
    params: z.record(z.string(), z.unknown()).optional(),
    templates: templateOverrides.optional(),
    channels: z
      .array(channel)
      .min(1)
      .max(2)
      .refine(
        (list) => new Set(list).size === list.length,
        "channels must not repeat"
      )
      .optional(),
    offer: offerField.optional(),
  })
  .strict()
export type AdminUpdateReminderType = z.infer<typeof AdminUpdateReminder>

export const AdminPreviewReminder = z
  .object({
    customer_id: z.string().min(1).optional(),
    templates: templateOverrides.optional(),
  })
  .strict()
export type AdminPreviewReminderType = z.infer<typeof AdminPreviewReminder>

export const AdminTestSendReminder = z
  .object({
    to: z.string().email("to must be an email address"),
    locale: z.enum(SUPPORTED_LOCALES).optional(),
    customer_id: z.string().min(1).optional(),
  })
  .strict()
export type AdminTestSendReminderType = z.infer<typeof AdminTestSendReminder>

export const AdminSimulateReminders = z
  .object({
    at: z.coerce.date({ message: "at must be a date-time" }),
    keys: z.array(z.string().min(1)).max(20).optional(),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict()
export type AdminSimulateRemindersType = z.infer<typeof AdminSimulateReminders>
