import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { BackfillCard } from "../../components/backfill-card"
import { MemberTable } from "../../components/member-table"
import { messages } from "../../lib/i18n"

const MembersPage = () => (
  <div className="flex w-full flex-col gap-y-3">
    <BackfillCard />
    <MemberTable />
  </div>
)

export const config = defineRouteConfig({
  label: messages.memberList.title,
  icon: Users,
})

export default MembersPage
