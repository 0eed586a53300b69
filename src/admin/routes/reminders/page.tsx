import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BellAlert } from "@medusajs/icons"
import { ReminderTable } from "../../components/reminder-table"

const RemindersPage = () => (
  <div className="flex w-full flex-col gap-y-3">
    <ReminderTable />
  </div>
)

export const config = defineRouteConfig({
  label: "reminders.title",
  translationNs: "membership",
  icon: BellAlert,
})

export default RemindersPage
