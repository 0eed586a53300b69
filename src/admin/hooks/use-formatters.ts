import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { createFormatters } from "../lib/format"
import { localeOfLanguage } from "../lib/locale"

/** Formatters in the dashboard's current language; they change when it does. */
export const useFormatters = () => {
  const { i18n } = useTranslation()
  return useMemo(
    () => createFormatters(localeOfLanguage(i18n.language)),
    [i18n.language]
  )
}
