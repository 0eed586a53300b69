import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { MEMBERSHIP_NS } from "../i18n/define"
import type { PointsEntry } from "../lib/points-types"
import { useFormatters } from "../hooks/use-formatters"

const BONUS_KINDS = [
  "signup",
  "checkin",
  "review",
  "birthday",
  "tier_up",
] as const
type BonusKind = (typeof BONUS_KINDS)[number]
const isBonusKind = (value: string | null): value is BonusKind =>
  BONUS_KINDS.includes(value as BonusKind)

/** One ledger line: what it was (a bonus by its kind), when, and the signed points. */
export const PointsEntryRow = ({ entry }: { entry: PointsEntry }) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const label =
    entry.type === "bonus" && isBonusKind(entry.reference)
      ? t(`points.bonusKinds.${entry.reference}`)
      : t(`points.types.${entry.type}`)
  return (
    <div className="flex items-center justify-between gap-x-4 px-6 py-2">
      <div className="flex min-w-0 flex-col">
        <Text size="small" leading="compact" weight="plus">
          {label}
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
