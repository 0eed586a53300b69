import { Drawer } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { MEMBERSHIP_NS } from "../i18n/define"
import type { AdminMember } from "../lib/types"
import { MemberEditForm } from "./member-edit-form"

type MemberEditDrawerProps = {
  member: AdminMember
  open: boolean
  onOpenChange: (open: boolean) => void
}

export const MemberEditDrawer = ({
  member,
  open,
  onOpenChange,
}: MemberEditDrawerProps) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("memberEdit.title")}</Drawer.Title>
          <Drawer.Description className="sr-only">
            {t("memberEdit.description")}
          </Drawer.Description>
        </Drawer.Header>
        {/* Mounted per opening, so the form always starts from the saved member. */}
        {open && (
          <MemberEditForm member={member} onDone={() => onOpenChange(false)} />
        )}
      </Drawer.Content>
    </Drawer>
  )
}
