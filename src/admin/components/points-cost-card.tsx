import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"
import { COST_WARNING_SHARE, programCost } from "../lib/points-cost"
import type { ProgramStats } from "../lib/points-types"
import { SectionRow } from "./section-row"

type Props = { earnRate: number; pointValue: number; stats: ProgramStats }

/** The program's cost at the store's real AOV and redemption rate, recomputed as the rates change. */
export const PointsCostCard = ({ earnRate, pointValue, stats }: Props) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const cost = programCost({
    earn_rate: Number.isFinite(earnRate) ? earnRate : 0,
    point_value: Number.isFinite(pointValue) ? pointValue : 0,
    aov: stats.aov_365d,
    redemption_rate: stats.redemption_rate,
  })
  const threshold = format.percent(COST_WARNING_SHARE)
  return (
    <Container className="divide-y p-0" data-testid="points-cost">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("points.program.cost.title")}</Heading>
        <Badge size="2xsmall" color={cost.warning ? "red" : "green"}>
          {format.percent(cost.share)}
        </Badge>
      </div>
      <SectionRow
        title={t("points.program.cost.aov")}
        value={format.money(stats.aov_365d, stats.currency_code)}
      />
      <SectionRow
        title={t("points.program.cost.redemptionRate")}
        value={
          cost.assumed
            ? t("points.program.cost.assumed", {
                rate: format.percent(cost.redemption_rate),
              })
            : format.percent(cost.redemption_rate)
        }
      />
      <SectionRow
        title={t("points.program.cost.perOrder")}
        value={format.number(cost.points_per_order)}
      />
      <SectionRow
        title={t("points.program.cost.returned")}
        value={format.money(cost.returned_per_order, stats.currency_code)}
      />
      <SectionRow
        title={t("points.program.cost.share")}
        value={format.percent(cost.share)}
      />
      <Text
        size="small"
        className={`px-6 py-4 ${cost.warning ? "text-ui-fg-error" : "text-ui-fg-subtle"}`}
        role={cost.warning ? "alert" : undefined}
      >
        {cost.warning
          ? t("points.program.cost.warning", { threshold })
          : t("points.program.cost.ok", { threshold })}
      </Text>
    </Container>
  )
}
