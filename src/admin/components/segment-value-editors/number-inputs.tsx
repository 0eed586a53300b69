import { Input, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { MEMBERSHIP_NS } from "../../i18n/define"
import { numberOf, splitList } from "../../lib/segment-values"
import type { AdminSegmentField } from "../../lib/segment-types"
import { MoneyInput } from "./money-input"

type ScalarProps = {
  field: AdminSegmentField
  label: string
  value: unknown
  currencyCode: string | null
  onChange: (value: number | "") => void
}

/** One number: an amount in the membership currency for money fields, else a plain number. */
export const NumberValueInput = ({
  field,
  label,
  value,
  currencyCode,
  onChange,
}: ScalarProps) =>
  field.type === "money" ? (
    <MoneyInput
      label={label}
      value={value}
      currencyCode={currencyCode}
      onChange={onChange}
    />
  ) : (
    <Input
      size="small"
      type="number"
      min={field.min}
      max={field.max}
      step={field.type === "ratio" ? 0.01 : 1}
      aria-label={label}
      value={String(value ?? "")}
      onChange={(e) => onChange(numberOf(e.target.value))}
    />
  )

type RangeProps = Omit<ScalarProps, "label" | "onChange"> & {
  onChange: (value: unknown[]) => void
}

export const RangeInput = ({ value, onChange, ...props }: RangeProps) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const [low, high] = Array.isArray(value) ? value : [0, 0]
  return (
    <div className="flex items-center gap-x-2">
      <NumberValueInput
        {...props}
        label={t("segments.builder.from")}
        value={low}
        onChange={(next) => onChange([next, high])}
      />
      <Text size="small">–</Text>
      <NumberValueInput
        {...props}
        label={t("segments.builder.to")}
        value={high}
        onChange={(next) => onChange([low, next])}
      />
    </div>
  )
}

/** Numbers no catalogue knows in advance (order counts, amounts): typed, comma separated. */
export const NumberListInput = ({
  field,
  value,
  currencyCode,
  onChange,
}: RangeProps) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  return (
    <div className="flex items-center gap-x-2">
      <Input
        size="small"
        aria-label={t("segments.builder.value")}
        placeholder={t("segments.builder.listHint")}
        defaultValue={Array.isArray(value) ? value.join(", ") : ""}
        onChange={(e) =>
          onChange(
            splitList(e.target.value).map((part) =>
              Number.isNaN(Number(part)) ? part : Number(part)
            )
          )
        }
      />
      {field.type === "money" && currencyCode && (
        <Text size="small" className="text-ui-fg-muted uppercase">
          {currencyCode}
        </Text>
      )}
    </div>
  )
}
