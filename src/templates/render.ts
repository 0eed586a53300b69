import { MedusaError } from "@medusajs/framework/utils"
import type { SupportedLocale } from "../modules/member-campaign/utils/locale"
import { htmlEngine, parseCached, textEngine } from "./engine"
import { wrapHtml, wrapText } from "./layout"
import type {
  LocalizedTemplates,
  TemplateOverrides,
  TemplateSources,
} from "./types"

export type RenderedMessage = { subject: string; html: string; text: string }

export type RenderContext = Record<string, unknown> & {
  store: { name: string }
  unsubscribe_url?: string | null
}

const PARTS = ["subject", "html", "text"] as const

/** The sources a message uses: the merchant's overrides over the built-in ones. */
export function templateSources(
  builtIn: LocalizedTemplates,
  overrides: TemplateOverrides | null | undefined,
  locale: SupportedLocale
): TemplateSources {
  return { ...builtIn[locale], ...(overrides?.[locale] ?? {}) }
}

/** Throws INVALID_DATA naming the first part that does not parse (`templates.en.subject`). */
export function assertTemplatesParse(
  overrides: TemplateOverrides,
  path = "templates"
) {
  for (const [locale, parts] of Object.entries(overrides)) {
    for (const part of PARTS) {
      const source = parts?.[part]
      if (source === undefined) continue
      try {
        ;(part === "html" ? htmlEngine : textEngine).parse(source)
      } catch (error) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${path}.${locale}.${part} does not parse: ${(error as Error).message.split("\n")[0]}`
        )
      }
    }
  }
}

export async function renderMessage(
  sources: TemplateSources,
  context: RenderContext,
  locale: SupportedLocale
): Promise<RenderedMessage> {
  const scope = { ...context, locale }
  // synchronous: the render time limit then counts this message's work only,
  // not the time other messages of the batch were rendered in between
  const subject = textEngine.renderSync(
    parseCached(textEngine, sources.subject),
    scope
  )
  const html = htmlEngine.renderSync(
    parseCached(htmlEngine, sources.html),
    scope
  )
  const text = textEngine.renderSync(
    parseCached(textEngine, sources.text),
    scope
  )
  return {
    subject: String(subject).replace(/\s+/g, " ").trim(),
    html: wrapHtml(String(html), context, locale),
    text: wrapText(String(text).trim(), context, locale),
  }
}
