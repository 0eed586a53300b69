import { Input, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useFormatters } from "../../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../../i18n/define"
import { numberOf } from "../../lib/segment-values"

const DAY_MS = 86_400_000

type Props = {
  op: "within_last_days" | "before_days_ago"
  value: unknown
  onChange: (value: number | "") => void
}

/** Days back from today, with the date that makes ("since 12 May" / "before 12 May"). */
export const DaysInput = ({ op, value, onChange }: Props) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const days = typeof value === "number" && value >= 0 ? value : null
  const date =
    days === null
      ? "…"
      : format.date(new Date(Date.now() - days * DAY_MS).toISOString())
  return (
    <div className="flex items-center gap-x-2">
      <Input
        type="number"
        size="small"
        min={0}
        step={1}
        className="w-24"
        aria-label={t("segments.builder.daysAgo")}
        value={String(value ?? "")}
        onChange={(e) => onChange(numberOf(e.target.value))}
      />
      <Text size="small" className="text-ui-fg-subtle whitespace-nowrap">
        {op === "within_last_days"
          ? t("segments.builder.daysSince", { date })
          : t("segments.builder.daysBefore", { date })}
      </Text>
    </div>
  )
}
