import type { CampaignOptions } from "../../../modules/member-campaign/options"
import { isReminderKey } from "../../../modules/member-campaign/reminders/keys"
import type { ReminderRuleDTO } from "../../../modules/member-campaign/types"
import {
  templateLocale,
  type SupportedLocale,
} from "../../../modules/member-campaign/utils/locale"
import { signUnsubscribeToken } from "../../../modules/member-campaign/utils/unsubscribe-token"
import { MedusaError } from "@medusajs/framework/utils"
import {
  REMINDER_TEMPLATES,
  type LocalizedTemplates,
  type TemplateOverrides,
} from "../../../templates"
import {
  renderMessage,
  templateSources,
  type RenderedMessage,
} from "../../../templates/render"
import type { MemberContact } from "./types"

export type ComposeInput = {
  source_id: string
  category: "marketing" | "transactional"
  channel: string
  data: Record<string, unknown> | null
  contact: Pick<
    MemberContact,
    "customer_id" | "first_name" | "last_name" | "email" | "locale"
  >
  rule: Pick<ReminderRuleDTO, "templates" | "offer"> | null
  options: CampaignOptions
  storeName: string
  secret: string
  now: Date
  /** Force a language (previews); else the member's, else the store default. */
  locale?: SupportedLocale
}

export type ComposedMessage = RenderedMessage & {
  locale: SupportedLocale
  unsubscribe_url: string | null
}

const DAY_MS = 86_400_000

/** The signed one-click link that withdraws this member's consent on this channel. */
export function unsubscribeUrl(
  input: Pick<
    ComposeInput,
    "contact" | "channel" | "options" | "secret" | "now"
  >
) {
  const { options } = input
  const exp =
    Math.floor(input.now.getTime() / 1000) +
    options.unsubscribeTokenTtlDays * 86_400
  const token = signUnsubscribeToken(
    { customer_id: input.contact.customer_id, channel: input.channel, exp },
    input.secret
  )
  const base =
    options.unsubscribePageUrl ??
    `${options.publicUrl.replace(/\/$/, "")}/members/unsubscribe`
  const url = new URL(base)
  url.searchParams.set("token", token)
  return url.toString()
}

const daysSince = (value: unknown, now: Date) =>
  typeof value === "string"
    ? Math.floor((now.getTime() - new Date(value).getTime()) / DAY_MS)
    : null

const messageTemplates = (input: ComposeInput): LocalizedTemplates => {
  const templates = input.data?.templates as LocalizedTemplates | undefined
  if (!templates?.en || !templates["zh-CN"]) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Message of ${input.source_id} has no templates in both languages`
    )
  }
  return templates
}

const holidayFor = (data: Record<string, unknown>, locale: SupportedLocale) => {
  const names = data.holiday_names as Record<string, string> | undefined
  return names ? { name: names[locale] ?? names.en } : data.holiday
}

/** Renders one message for one member in their language. */
export async function composeMessage(
  input: ComposeInput
): Promise<ComposedMessage> {
  const locale =
    input.locale ??
    templateLocale(input.contact.locale, input.options.defaultLocale)
  const key = isReminderKey(input.source_id) ? input.source_id : null
  // a campaign (or any other source) brings its templates in the message's data
  const builtIn = key ? REMINDER_TEMPLATES[key] : messageTemplates(input)
  const sources = templateSources(
    builtIn,
    input.rule?.templates as TemplateOverrides,
    locale
  )
  const link = input.category === "marketing" ? unsubscribeUrl(input) : null
  const data = input.data ?? {}
  const ruleOffer = (input.rule?.offer ?? {}) as Record<string, unknown>
  const rendered = await renderMessage(
    sources,
    {
      ...data,
      store: { name: input.storeName },
      member: {
        first_name: input.contact.first_name,
        last_name: input.contact.last_name,
        email: input.contact.email,
      },
      offer: {
        ...ruleOffer,
        ...((data.offer as Record<string, unknown>) ?? {}),
      },
      days_since_order: daysSince(data.last_order_at, input.now),
      holiday: holidayFor(data, locale),
      unsubscribe_url: link,
    },
    locale
  )
  return { ...rendered, locale, unsubscribe_url: link }
}
