import { z } from "zod"
import {
  AdminUpdateReminder,
  offerField,
  templateOverrides,
} from "../../api/admin/reminders/validators"
import { REMINDER_PARAMS } from "../../modules/member-campaign/reminders/params"
import type { ReminderUpdate } from "../hooks/reminders"
import type { Formatters } from "./format"
import type { MembershipT, ZodIssue } from "./zod-issue-message"
import type {
  AdminReminder,
  ReminderKey,
  ReminderTemplates,
} from "./reminder-types"

const LOCALES = ["en", "zh-CN"] as const

// The server's own rules (AdminUpdateReminder, REMINDER_PARAMS), every field present.
const formParts = templateOverrides.shape.en.unwrap().required()
const formChannels = AdminUpdateReminder.shape.channels.unwrap()
const holidayCalendar = REMINDER_PARAMS.holiday.shape.holidays
const POINTS_MAX = 1_000_000

export type ReminderFormValues = {
  enabled: boolean
  params: Record<string, number>
  holidays: string
  channels: ("email" | "sms")[]
  offer_type: "none" | "promotion" | "points"
  offer_code: string
  offer_points: string
  templates: Record<(typeof LOCALES)[number], z.infer<typeof formParts>>
}

type Rule = "invalid_json" | "holidays" | "offer_code" | "offer_points"
const issue = (ctx: z.RefinementCtx, path: string[], rule: Rule) =>
  ctx.addIssue({ code: "custom", path, params: { rule } })

/** The offer the form describes, as the server's offer field reads it. */
const offerOf = (values: ReminderFormValues) =>
  values.offer_type === "promotion"
    ? { type: "promotion" as const, code: values.offer_code.trim() }
    : values.offer_type === "points"
      ? {
          type: "points" as const,
          points: values.offer_points.trim()
            ? Number(values.offer_points)
            : NaN,
        }
      : null

/**
 * The drawer's schema: the server's parameter schema for this reminder, its
 * channel, offer and template rules, and the holiday calendar's JSON.
 */
export const reminderFormSchema = (key: ReminderKey) =>
  z
    .object({
      enabled: z.boolean(),
      params: key === "holiday" ? z.object({}) : REMINDER_PARAMS[key],
      holidays: z.string(),
      channels: formChannels,
      offer_type: z.enum(["none", "promotion", "points"]),
      offer_code: z.string(),
      offer_points: z.string(),
      templates: z.object({ en: formParts, "zh-CN": formParts }),
    })
    .superRefine((values, ctx) => {
      if (key === "holiday") {
        let holidays: unknown
        try {
          holidays = JSON.parse(values.holidays || "[]")
        } catch {
          issue(ctx, ["holidays"], "invalid_json")
          return
        }
        if (!holidayCalendar.safeParse(holidays).success) {
          issue(ctx, ["holidays"], "holidays")
        }
      }
      const offer = offerField.safeParse(offerOf(values as ReminderFormValues))
      if (!offer.success) {
        const field = values.offer_type === "points" ? "points" : "code"
        issue(ctx, [`offer_${field}`], `offer_${field}`)
      }
    })

/** The drawer's own words for the reminder's parameters, channels, offer and calendar. */
export const reminderIssueMessage =
  (t: MembershipT, format: Formatters) =>
  (issue: ZodIssue): string | undefined => {
    const rule = issue.code === "custom" ? issue.params?.rule : undefined
    switch (rule) {
      case "invalid_json":
        return t("reminders.form.errors.invalidJson")
      case "holidays":
        return t("reminders.form.errors.holidays")
      case "offer_code":
        return t("reminders.form.errors.offerCode")
      case "offer_points":
        return t("reminders.form.errors.offerPoints", {
          max: format.number(POINTS_MAX),
        })
    }
    const [field] = issue.path ?? []
    if (field === "channels" && issue.code === "too_small") {
      return t("reminders.form.errors.channels")
    }
    if (field === "params") {
      if (issue.code === "too_small") {
        return t("reminders.form.errors.atLeast", {
          min: format.number(Number(issue.minimum)),
        })
      }
      if (issue.code === "too_big") {
        return t("reminders.form.errors.atMost", {
          max: format.number(Number(issue.maximum)),
        })
      }
      return t("reminders.form.errors.wholeNumber")
    }
    return undefined
  }

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
export const templateOverridesOf = (
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
  offer: offerOf(values),
  templates: templateOverridesOf(values.templates),
})

/** A server 400 names its field first ("params.after_days: ..."): the form field it belongs to. */
export const serverErrorField = (message: string): string | null => {
  const field = message.split(":")[0].trim()
  if (field === "params.holidays") return "holidays"
  if (/^params\.\w+$/.test(field)) return field
  if (/^templates\.(en|zh-CN)\.(subject|html|text)/.test(field))
    return field.split(" ")[0]
  if (field === "offer.code") return "offer_code"
  return null
}
