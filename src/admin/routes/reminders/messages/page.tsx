import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MessageTable } from "../../../components/message-table"

const MessagesPage = () => (
  <div className="flex w-full flex-col gap-y-3">
    <MessageTable />
  </div>
)

export const config = defineRouteConfig({
  label: "reminders.messages.title",
  translationNs: "membership",
})

export default MessagesPage
