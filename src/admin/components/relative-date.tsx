import { Text, Tooltip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"

/** "3 months ago · 12 Mar 2025", with the exact time on hover. */
export const RelativeDate = ({ iso }: { iso: string }) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  return (
    <Tooltip content={format.dateTime(iso)}>
      <Text size="small" leading="compact">
        {t("common.dateWithRelative", {
          relative: format.relative(iso),
          date: format.date(iso),
        })}
      </Text>
    </Tooltip>
  )
}
