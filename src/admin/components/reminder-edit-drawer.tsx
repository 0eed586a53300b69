import { Drawer } from "@medusajs/ui"
import { useReminderStrings } from "../lib/reminder-i18n"
import type { AdminReminder } from "../lib/reminder-types"
import { ReminderEditForm } from "./reminder-edit-form"

type Props = {
  reminder: AdminReminder
  open: boolean
  onOpenChange: (open: boolean) => void
}

export const ReminderEditDrawer = ({ reminder, open, onOpenChange }: Props) => {
  const t = useReminderStrings()
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className="max-w-4xl">
        <Drawer.Header>
          <Drawer.Title>{t.names[reminder.key]}</Drawer.Title>
          <Drawer.Description className="sr-only">
            {t.description}
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
