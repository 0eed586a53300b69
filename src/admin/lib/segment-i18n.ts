import { useTranslation } from "react-i18next"
import { segments, type SegmentStrings } from "../i18n/segments"

/** The Segments strings in the dashboard's language; its language switch applies. */
export const useSegmentStrings = (): SegmentStrings => {
  const { i18n } = useTranslation()
  return (
    i18n.language?.toLowerCase().startsWith("zh") ? segments.zhCN : segments.en
  ) as SegmentStrings
}

/** "en" or "zh": which of the server's two texts (summaries, labels) to show. */
export const useRuleLanguage = (): "en" | "zh" => {
  const { i18n } = useTranslation()
  return i18n.language?.toLowerCase().startsWith("zh") ? "zh" : "en"
}

export const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? "")
