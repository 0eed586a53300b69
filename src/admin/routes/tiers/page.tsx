import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Star } from "@medusajs/icons"
import { TierReevaluationCard } from "../../components/tier-reevaluation-card"
import { TierTable } from "../../components/tier-table"

const TiersPage = () => (
  <div className="flex w-full flex-col gap-y-3">
    <TierTable />
    <TierReevaluationCard />
  </div>
)

export const config = defineRouteConfig({
  label: "tiers.title",
  translationNs: "membership",
  icon: Star,
})

export default TiersPage
