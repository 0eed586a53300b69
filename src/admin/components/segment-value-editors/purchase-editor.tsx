import { Input, Label } from "@medusajs/ui"
import { useId } from "react"
import { useTranslation } from "react-i18next"
import type { PurchasedValue } from "../../../modules/member-segment/rules/types"
import { MEMBERSHIP_NS } from "../../i18n/define"
import { patchPurchase } from "../../lib/segment-values"
import { CatalogPicker } from "./catalog-picker"

type Props = { value: unknown; onChange: (value: PurchasedValue) => void }

const NumberField = ({
  label,
  value,
  min,
  onChange,
}: {
  label: string
  value: number | undefined
  min: number
  onChange: (value: number | undefined) => void
}) => {
  const id = useId()
  return (
    <div className="flex flex-col gap-y-1">
      <Label size="xsmall" htmlFor={id} className="text-ui-fg-subtle">
        {label}
      </Label>
      <Input
        id={id}
        size="small"
        type="number"
        min={min}
        step={1}
        value={value ?? ""}
        onChange={(e) =>
          onChange(e.target.value === "" ? undefined : Number(e.target.value))
        }
      />
    </div>
  )
}

/** `purchased`: which categories or products, within how many days, at least how many times. */
export const PurchaseEditor = ({ value, onChange }: Props) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const purchase = (value ?? {}) as PurchasedValue
  const set = (patch: Partial<PurchasedValue>) =>
    onChange(patchPurchase(purchase, patch))
  return (
    <div className="grid grid-cols-2 gap-2">
      <div className="flex flex-col gap-y-1">
        <Label size="xsmall" className="text-ui-fg-subtle">
          {t("segments.builder.categories")}
        </Label>
        <CatalogPicker
          kind="category"
          label={t("segments.builder.categories")}
          placeholder={t("segments.builder.anyCategory")}
          selected={purchase.category_ids ?? []}
          onChange={(ids) => set({ category_ids: ids })}
        />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label size="xsmall" className="text-ui-fg-subtle">
          {t("segments.builder.products")}
        </Label>
        <CatalogPicker
          kind="product"
          label={t("segments.builder.products")}
          placeholder={t("segments.builder.anyProduct")}
          selected={purchase.product_ids ?? []}
          onChange={(ids) => set({ product_ids: ids })}
        />
      </div>
      <NumberField
        label={t("segments.builder.withinDays")}
        value={purchase.within_days}
        min={0}
        onChange={(within_days) => set({ within_days })}
      />
      <NumberField
        label={t("segments.builder.minOrders")}
        value={purchase.min_orders}
        min={1}
        onChange={(min_orders) => set({ min_orders })}
      />
    </div>
  )
}
