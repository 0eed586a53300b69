import { Drawer } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { MEMBERSHIP_NS } from "../i18n/define"
import type { AdminTier } from "../lib/tier-types"
import { TierEditForm } from "./tier-edit-form"

type Props = {
  tier: AdminTier | null
  ladder: AdminTier[]
  currency: string | null
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Create (no tier) or edit a tier, with the what-if beside the form. */
export const TierEditDrawer = ({
  tier,
  ladder,
  currency,
  open,
  onOpenChange,
}: Props) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content style={{ maxWidth: "56rem" }}>
        <Drawer.Header>
          <Drawer.Title>
            {tier
              ? t("tiers.form.editTitle", { name: tier.name })
              : t("tiers.form.createTitle")}
          </Drawer.Title>
          <Drawer.Description className="sr-only">
            {t("tiers.form.description")}
          </Drawer.Description>
        </Drawer.Header>
        {/* Mounted per opening, so the form always starts from the saved tier. */}
        {open && (
          <TierEditForm
            tier={tier}
            ladder={ladder}
            currency={currency}
            onDone={() => onOpenChange(false)}
          />
        )}
      </Drawer.Content>
    </Drawer>
  )
}
