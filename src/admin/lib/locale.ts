const FALLBACK_LOCALE = "en"

/**
 * The BCP 47 locale of a dashboard language code ("zhCN" → "zh-CN"), as the
 * dashboard itself derives it for <html lang>; unknown codes fall back to English.
 */
export const localeOfLanguage = (language: string | undefined) => {
  const tag = (language ?? "").replace(/([a-z])([A-Z])/g, "$1-$2")
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? FALLBACK_LOCALE
  } catch {
    return FALLBACK_LOCALE
  }
}
