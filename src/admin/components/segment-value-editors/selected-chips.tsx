import { XMarkMini } from "@medusajs/icons"
import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { MEMBERSHIP_NS } from "../../i18n/define"

type Props = {
  values: string[]
  labelOf: (value: string) => string
  onRemove: (value: string) => void
}

/** The chosen values of a multi-select, each removable. */
export const SelectedChips = ({ values, labelOf, onRemove }: Props) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  return (
    <>
      {values.map((value) => (
        <Badge key={value} size="2xsmall" className="gap-x-0.5 pr-1">
          {labelOf(value)}
          <button
            type="button"
            className="text-ui-fg-muted hover:text-ui-fg-subtle rounded-sm outline-none"
            aria-label={t("segments.picker.remove", { value: labelOf(value) })}
            onClick={() => onRemove(value)}
          >
            <XMarkMini />
          </button>
        </Badge>
      ))}
    </>
  )
}
