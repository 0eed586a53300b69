import { CurrencyInput, Input } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { currencySymbol } from "../../lib/format"
import { localeOfLanguage } from "../../lib/locale"
import { numberOf } from "../../lib/segment-values"

type Props = {
  label: string
  value: unknown
  currencyCode: string | null
  onChange: (value: number | "") => void
}

/**
 * An amount in the membership currency, in major units (what the rule engine
 * compares with the members' totals). Without a currency: a plain number.
 */
export const MoneyInput = ({ label, value, currencyCode, onChange }: Props) => {
  const { i18n } = useTranslation()
  const locale = localeOfLanguage(i18n.language)
  const symbol = useMemo(
    () => (currencyCode ? currencySymbol(locale, currencyCode) : ""),
    [locale, currencyCode]
  )
  const initial = typeof value === "number" ? String(value) : ""
  if (!currencyCode)
    return (
      <Input
        size="small"
        type="number"
        aria-label={label}
        defaultValue={initial}
        onChange={(e) => onChange(numberOf(e.target.value))}
      />
    )
  return (
    <CurrencyInput
      size="small"
      aria-label={label}
      symbol={symbol}
      code={currencyCode.toUpperCase()}
      defaultValue={initial}
      decimalsLimit={2}
      allowNegativeValue={false}
      onValueChange={(raw) => onChange(numberOf(raw ?? ""))}
    />
  )
}
