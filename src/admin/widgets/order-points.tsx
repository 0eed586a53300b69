import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { SectionRow } from "../components/section-row"
import { useOrderPoints } from "../hooks/points"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"

/** What this order earned, redeemed and had reversed; nothing when points never touched it. */
const OrderPointsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const { data } = useOrderPoints(order.id)
  const points = data?.order_points
  if (!points || points.entries.length === 0) return null
  const rows: [
    "earned" | "cashback" | "redeemed" | "reversed" | "shortfall",
    number,
  ][] = [
    ["earned", points.earned],
    ["cashback", points.cashback],
    ["redeemed", points.redeemed],
    ["reversed", points.reversed],
    ["shortfall", points.shortfall],
  ]
  return (
    <Container className="divide-y p-0" data-testid="order-points">
      <div className="px-6 py-4">
        <Heading level="h2">{t("points.order.title")}</Heading>
      </div>
      {rows
        .filter(([key, value]) => key === "earned" || value !== 0)
        .map(([key, value]) => (
          <SectionRow
            key={key}
            title={t(`points.order.${key}`)}
            value={format.number(value)}
          />
        ))}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderPointsWidget
