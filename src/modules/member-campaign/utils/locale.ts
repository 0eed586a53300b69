export const SUPPORTED_LOCALES = ["en", "zh-CN"] as const
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number]

/** The template language for a member's BCP 47 locale: Chinese variants read zh-CN. */
export function templateLocale(
  locale: string | null | undefined,
  fallback: SupportedLocale
): SupportedLocale {
  if (!locale) return fallback
  const language = locale.toLowerCase().split(/[-_]/)[0]
  if (language === "zh") return "zh-CN"
  if (language === "en") return "en"
  return fallback
}
