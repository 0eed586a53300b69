import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { MEMBERSHIP_NS } from "../i18n/define"
import type { PointsEntry } from "../lib/points-types"
import { useFormatters } from "../hooks/use-formatters"

/** One ledger line: what it was, when, and the signed points. */
export const PointsEntryRow = ({ entry }: { entry: PointsEntry }) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  return (
    <div className="flex items-center justify-between gap-x-4 px-6 py-2">
      <div className="flex min-w-0 flex-col">
        <Text size="small" leading="compact" weight="plus">
          {t(`points.types.${entry.type}`)}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle truncate">
          {format.date(entry.created_at)}
          {entry.reason ? ` · ${entry.reason}` : ""}
        </Text>
      </div>
      <Text
        size="small"
        leading="compact"
        className={entry.points < 0 ? "text-ui-fg-error" : "text-ui-fg-base"}
      >
        {entry.points > 0
          ? `+${format.number(entry.points)}`
          : format.number(entry.points)}
      </Text>
    </div>
  )
}
