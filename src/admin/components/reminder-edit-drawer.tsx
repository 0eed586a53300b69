import { Drawer } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { MEMBERSHIP_NS } from "../i18n/define"
import type { AdminReminder } from "../lib/reminder-types"
import { ReminderEditForm } from "./reminder-edit-form"

type Props = {
  reminder: AdminReminder
  open: boolean
  onOpenChange: (open: boolean) => void
}

export const ReminderEditDrawer = ({ reminder, open, onOpenChange }: Props) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content style={{ maxWidth: "56rem" }}>
        <Drawer.Header>
          <Drawer.Title>{t(`reminders.names.${reminder.key}`)}</Drawer.Title>
          <Drawer.Description className="sr-only">
            {t("reminders.description")}
          </Drawer.Description>
        </Drawer.Header>
        {open && (
          <ReminderEditForm
            reminder={reminder}
            onDone={() => onOpenChange(false)}
          />
        )}
      </Drawer.Content>
    </Drawer>
  )
}
