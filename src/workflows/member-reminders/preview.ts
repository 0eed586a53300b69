import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { MEMBER_CAMPAIGN_MODULE } from "../../module-keys"
import { REMINDERS } from "../../modules/member-campaign/reminders/catalog"
import type { ReminderKey } from "../../modules/member-campaign/reminders/keys"
import type MemberCampaignModuleService from "../../modules/member-campaign/service"
import {
  SUPPORTED_LOCALES,
  type SupportedLocale,
} from "../../modules/member-campaign/utils/locale"
import { assertTemplatesParse } from "../../templates/render"
import { sampleData } from "../../templates/samples"
import type { TemplateOverrides } from "../../templates"
import { composeMessage, type ComposedMessage } from "./dispatch/compose"
import { loadContacts } from "./dispatch/load-contacts"
import { resolveDispatchDeps } from "./dispatch/resolve-deps"
import type { MemberContact } from "./dispatch/types"

const SAMPLE_MEMBER: MemberContact = {
  customer_id: "cus_preview",
  first_name: "Alex",
  last_name: "Sample",
  email: "alex@example.com",
  phone: null,
  locale: null,
  consents: { email: true, sms: false },
}

export type PreviewInput = {
  key: ReminderKey
  customer_id?: string
  /** Unsaved edits to preview; the saved overrides otherwise. */
  templates?: TemplateOverrides
  locales?: SupportedLocale[]
}

/** The reminder rendered for a chosen member (or a sample one) in each language; sends nothing. */
export async function previewReminder(
  container: MedusaContainer,
  input: PreviewInput
): Promise<Record<SupportedLocale, ComposedMessage>> {
  const deps = await resolveDispatchDeps(container)
  const campaigns: MemberCampaignModuleService = container.resolve(
    MEMBER_CAMPAIGN_MODULE
  )
  if (input.templates) assertTemplatesParse(input.templates)
  const [rule] = await campaigns.listReminderRules({ key: input.key })
  let contact = SAMPLE_MEMBER
  if (input.customer_id) {
    const found = (await loadContacts(deps, [input.customer_id])).get(
      input.customer_id
    )
    if (!found) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Member with customer id: ${input.customer_id} was not found`
      )
    }
    contact = found
  }
  const now = new Date()
  const entries = await Promise.all(
    (input.locales ?? [...SUPPORTED_LOCALES]).map(async (locale) => {
      const composed = await composeMessage({
        source_id: input.key,
        category: REMINDERS[input.key].category,
        channel: "email",
        data: sampleData(input.key, now),
        contact,
        rule: {
          templates: (input.templates ?? rule?.templates ?? {}) as Record<
            string,
            unknown
          >,
          offer: rule?.offer ?? null,
        },
        options: campaigns.campaignOptions(),
        storeName: deps.storeName,
        secret: deps.secret,
        now,
        locale,
      })
      return [locale, composed] as const
    })
  )
  return Object.fromEntries(entries) as Record<SupportedLocale, ComposedMessage>
}
