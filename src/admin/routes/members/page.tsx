import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { BackfillCard } from "../../components/backfill-card"
import { MemberTable } from "../../components/member-table"

const MembersPage = () => (
  <div className="flex w-full flex-col gap-y-3">
    <BackfillCard />
    <MemberTable />
  </div>
)

// The admin build reads label and translationNs from the source: keep them literals
// (translationNs is MEMBERSHIP_NS).
export const config = defineRouteConfig({
  label: "memberList.title",
  translationNs: "membership",
  icon: Users,
})

export default MembersPage
