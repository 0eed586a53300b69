import { defineRouteConfig } from "@medusajs/admin-sdk"
import { UsersSolid } from "@medusajs/icons"
import { SegmentTable } from "../../components/segment-table"

const SegmentsPage = () => (
  <div className="flex w-full flex-col gap-y-3">
    <SegmentTable />
  </div>
)

export const config = defineRouteConfig({
  label: "segments.title",
  translationNs: "membership",
  icon: UsersSolid,
})

export default SegmentsPage
