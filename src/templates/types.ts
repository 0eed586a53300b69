import type { SupportedLocale } from "../modules/member-campaign/utils/locale"

/** One message in one language, as Liquid sources. */
export type TemplateSources = { subject: string; html: string; text: string }

export type LocalizedTemplates = Record<SupportedLocale, TemplateSources>

/** What a merchant may override per language; missing parts keep the built-in ones. */
export type TemplateOverrides = Partial<
  Record<SupportedLocale, Partial<TemplateSources>>
>
