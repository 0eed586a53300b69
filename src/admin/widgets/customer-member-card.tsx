import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type {
  AdminCustomer,
  DetailWidgetProps,
} from "@medusajs/framework/types"
import { MemberCard } from "../components/member-card"

const CustomerMemberCardWidget = ({
  data,
}: DetailWidgetProps<AdminCustomer>) => <MemberCard customerId={data.id} />

// The side column keeps the member's facts next to the customer, above addresses.
export const config = defineWidgetConfig({
  zone: "customer.details.side.before",
})

export default CustomerMemberCardWidget
