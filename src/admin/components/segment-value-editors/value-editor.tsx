import { Select } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { MEMBERSHIP_NS } from "../../i18n/define"
import type { AdminSegmentField, RuleNode } from "../../lib/segment-types"
import { editorKind, onPicked } from "../../lib/segment-values"
import { DaysInput } from "./days-input"
import { FieldValuePicker } from "./field-value-picker"
import { NumberListInput, NumberValueInput, RangeInput } from "./number-inputs"
import { OptionPicker } from "./option-picker"
import { PurchaseEditor } from "./purchase-editor"

export type Condition = Extract<RuleNode, { field: string }>

type Props = {
  field: AdminSegmentField
  node: Condition
  currencyCode: string | null
  onChange: (value: unknown) => void
}

const asList = (value: unknown) =>
  Array.isArray(value) ? value.map(String) : []

/** The value of one condition, edited the way its field's type and operator call for. */
export const ValueEditor = ({ field, node, currencyCode, onChange }: Props) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const { op, value } = node
  const label = t("segments.builder.value")
  switch (editorKind(field, op)) {
    case "none":
      return null
    case "days":
      return (
        <DaysInput
          op={op as "within_last_days" | "before_days_ago"}
          value={value}
          onChange={onChange}
        />
      )
    case "purchase":
      return <PurchaseEditor value={value} onChange={onChange} />
    case "boolean":
      return (
        <Select
          size="small"
          value={String(value)}
          onValueChange={onPicked((v) => onChange(v === "true"))}
        >
          <Select.Trigger aria-label={label}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="true">{t("segments.builder.yes")}</Select.Item>
            <Select.Item value="false">{t("segments.builder.no")}</Select.Item>
          </Select.Content>
        </Select>
      )
    case "enum":
      return (
        <Select
          size="small"
          value={String(value ?? "")}
          onValueChange={onPicked(onChange)}
        >
          <Select.Trigger aria-label={label}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {field.values?.map((v) => (
              <Select.Item key={v} value={v}>
                {v}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      )
    case "enumList":
      return (
        <OptionPicker
          label={label}
          placeholder={t("segments.builder.chooseValues")}
          multiple
          selected={asList(value)}
          onChange={onChange}
          options={(field.values ?? []).map((v) => ({ value: v, label: v }))}
        />
      )
    case "value":
    case "valueList": {
      const multiple = op === "in" || op === "nin"
      return (
        <FieldValuePicker
          field={field}
          multiple={multiple}
          selected={multiple ? asList(value) : value ? [String(value)] : []}
          onChange={(values) => onChange(multiple ? values : values[0])}
        />
      )
    }
    case "range":
      return (
        <RangeInput
          field={field}
          value={value}
          currencyCode={currencyCode}
          onChange={onChange}
        />
      )
    case "numberList":
      return (
        <NumberListInput
          field={field}
          value={value}
          currencyCode={currencyCode}
          onChange={onChange}
        />
      )
    default:
      return (
        <NumberValueInput
          field={field}
          label={field.type === "money" ? t("segments.builder.amount") : label}
          value={value}
          currencyCode={currencyCode}
          onChange={onChange}
        />
      )
  }
}
