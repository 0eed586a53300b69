import { useTranslation } from "react-i18next"
import { reminderStrings, type ReminderStrings } from "../i18n/reminders"

/** The strings in the dashboard's language (its language switch applies): Chinese or English. */
export const useReminderStrings = (): ReminderStrings => {
  const { i18n } = useTranslation()
  return i18n.language?.toLowerCase().startsWith("zh")
    ? reminderStrings.zhCN
    : reminderStrings.en
}

export const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? "")
