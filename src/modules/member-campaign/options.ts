import { z } from "zod"
import { IANAZone } from "luxon"
import { parsePluginOptions } from "../../plugin-options"
import { SUPPORTED_LOCALES } from "./utils/locale"

const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time of day as HH:MM")

const cap = z
  .object({
    max: z.number().int().min(0),
    window_hours: z.number().int().positive(),
  })
  .strict()

/**
 * The plugin options the reminders read (README "Reminders and messages").
 * Plugin options are shared by all the plugin's modules, so keys this module
 * does not know are left alone.
 */
export const CampaignOptionsSchema = z.object({
  storeName: z.string().min(1).max(120).optional(),
  storeTimeZone: z
    .string()
    .refine((zone) => IANAZone.isValidZone(zone), "must be an IANA time zone")
    .default("UTC"),
  defaultLocale: z.enum(SUPPORTED_LOCALES).default("en"),
  unsubscribeSecret: z.string().min(32).optional(),
  unsubscribeTokenTtlDays: z.number().int().positive().max(3650).default(90),
  /** Where the backend is reachable from mail clients (one-click unsubscribe). */
  publicUrl: z.string().url().default("http://localhost:9000"),
  /** A storefront page that shows the unsubscribe; it calls the store route with the token. */
  unsubscribePageUrl: z.string().url().optional(),
  quietHours: z
    .object({ start: clock, end: clock })
    .strict()
    .nullable()
    .default({ start: "21:00", end: "08:00" }),
  frequencyCaps: z.record(z.string().min(1), cap).default({
    email: { max: 3, window_hours: 168 },
    sms: { max: 2, window_hours: 168 },
  }),
  dispatchBatchSize: z.number().int().min(1).max(1000).default(200),
  /** Batches one dispatch run keeps in flight: one renders and checks while another waits on the provider. */
  dispatchConcurrency: z.number().int().min(1).max(8).default(2),
  /** How long a worker holds claimed messages before another may take them. */
  dispatchLeaseSeconds: z.number().int().min(10).max(3600).default(120),
})

export type CampaignOptions = z.infer<typeof CampaignOptionsSchema>
export type CampaignOptionsInput = z.input<typeof CampaignOptionsSchema>

/** Parses the options or throws one message naming every bad option. */
export const parseCampaignOptions = (raw: unknown): CampaignOptions =>
  parsePluginOptions(CampaignOptionsSchema, raw)
