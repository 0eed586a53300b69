import { z } from "zod"
import type { ReminderUpdate } from "../hooks/reminders"
import { REMINDER_PARAMS } from "../../modules/member-campaign/reminders/params"
import type {
  AdminReminder,
  ReminderKey,
  ReminderTemplates,
} from "./reminder-types"

const LOCALES = ["en", "zh-CN"] as const
const parts = z.object({
  subject: z.string(),
  html: z.string(),
  text: z.string(),
})

export type ReminderFormValues = {
  enabled: boolean
  params: Record<string, number>
  holidays: string
  channels: ("email" | "sms")[]
  offer_type: "none" | "promotion" | "points"
  offer_code: string
  offer_points: string
  templates: Record<(typeof LOCALES)[number], z.infer<typeof parts>>
}

/** The form's schema: the server's own parameter schema for this reminder, plus the offer and JSON rules. */
export const reminderFormSchema = (key: ReminderKey, invalidJson: string) =>
  z
    .object({
      enabled: z.boolean(),
      params: z.record(z.string(), z.number({ message: "must be a number" })),
      holidays: z.string(),
      channels: z
        .array(z.enum(["email", "sms"]))
        .min(1, "choose at least one channel"),
      offer_type: z.enum(["none", "promotion", "points"]),
      offer_code: z.string().max(100),
      offer_points: z.string(),
      templates: z.object({ en: parts, "zh-CN": parts }),
    })
    .superRefine((values, ctx) => {
      let holidays: unknown
      if (key === "holiday") {
        try {
          holidays = JSON.parse(values.holidays || "[]")
        } catch {
          ctx.addIssue({
            code: "custom",
            path: ["holidays"],
            message: invalidJson,
          })
          return
        }
      }
      const params = key === "holiday" ? { holidays } : values.params
      const result = REMINDER_PARAMS[key].safeParse(params)
      if (!result.success) {
        for (const issue of result.error.issues) {
          const path =
            key === "holiday"
              ? ["holidays"]
              : ["params", ...issue.path.map(String)]
          ctx.addIssue({
            code: "custom",
            path,
            message: `${issue.path.join(".")}: ${issue.message}`,
          })
        }
      }
      if (values.offer_type === "promotion" && !values.offer_code.trim()) {
        ctx.addIssue({
          code: "custom",
          path: ["offer_code"],
          message: "enter a promotion code",
        })
      }
      if (
        values.offer_type === "points" &&
        !/^[1-9]\d{0,6}$/.test(values.offer_points)
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["offer_points"],
          message: "enter a whole number of points",
        })
      }
    })

const templateValues = (templates: ReminderTemplates) =>
  Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      {
        subject: templates[locale]?.subject ?? "",
        html: templates[locale]?.html ?? "",
        text: templates[locale]?.text ?? "",
      },
    ])
  ) as ReminderFormValues["templates"]

export const reminderFormValues = (
  reminder: AdminReminder
): ReminderFormValues => {
  const params = reminder.params as Record<string, unknown>
  const offer = reminder.offer as {
    type?: string
    code?: string
    points?: number
  } | null
  return {
    enabled: reminder.enabled,
    params: Object.fromEntries(
      Object.entries(params).filter(([, v]) => typeof v === "number")
    ) as Record<string, number>,
    holidays: JSON.stringify(params.holidays ?? [], null, 2),
    channels: reminder.channels as ("email" | "sms")[],
    offer_type:
      offer?.type === "promotion" || offer?.type === "points"
        ? offer.type
        : "none",
    offer_code: offer?.code ?? "",
    offer_points: offer?.points ? String(offer.points) : "",
    templates: templateValues(reminder.templates as ReminderTemplates),
  }
}

/** Only the non-empty template parts are overrides. */
export const templateOverrides = (
  templates: ReminderFormValues["templates"]
): ReminderTemplates =>
  Object.fromEntries(
    LOCALES.flatMap((locale) => {
      const set = Object.fromEntries(
        Object.entries(templates[locale]).filter(([, v]) => v.trim() !== "")
      )
      return Object.keys(set).length ? [[locale, set]] : []
    })
  )

export const reminderUpdate = (
  key: ReminderKey,
  values: ReminderFormValues
): ReminderUpdate => ({
  enabled: values.enabled,
  params:
    key === "holiday"
      ? { holidays: JSON.parse(values.holidays || "[]") }
      : values.params,
  channels: values.channels,
  offer:
    values.offer_type === "promotion"
      ? { type: "promotion", code: values.offer_code.trim() }
      : values.offer_type === "points"
        ? { type: "points", points: Number(values.offer_points) }
        : null,
  templates: templateOverrides(values.templates),
})

/** A server 400 names its field first ("params.after_days: ..."): the form field it belongs to. */
export const serverErrorField = (message: string): string | null => {
  const field = message.split(":")[0].trim()
  if (/^params\.\w+$/.test(field)) return field
  if (/^templates\.(en|zh-CN)\.(subject|html|text)/.test(field))
    return field.split(" ")[0]
  if (field === "offer.code") return "offer_code"
  return null
}
