import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useSegmentFieldValues } from "../../hooks/segments"
import { useFormatters } from "../../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../../i18n/define"
import type { AdminSegmentField } from "../../lib/segment-types"
import { OptionPicker } from "./option-picker"

type Props = {
  field: AdminSegmentField
  multiple: boolean
  selected: string[]
  onChange: (values: string[]) => void
}

/** The values members really hold for a tags or text field (with how many hold each), searchable. */
export const FieldValuePicker = ({
  field,
  multiple,
  selected,
  onChange,
}: Props) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const [q, setQ] = useState("")
  const { data, isLoading } = useSegmentFieldValues(field.key, q)
  const options = (data ?? []).map(({ value, count }) => ({
    value,
    label: value,
    hint: t("segments.picker.members", {
      count,
      members: format.number(count),
    }),
  }))
  return (
    <OptionPicker
      label={t("segments.builder.value")}
      placeholder={t(
        multiple
          ? "segments.builder.chooseValues"
          : "segments.builder.chooseValue"
      )}
      multiple={multiple}
      selected={selected}
      onChange={onChange}
      options={options}
      onSearchChange={setQ}
      isLoading={isLoading}
      allowCustom
    />
  )
}
