import { Button, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useMemberPoints } from "../hooks/points"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"
import { LoadError } from "./load-error"
import { LoadingRows } from "./loading-rows"
import { PointsAdjustDrawer } from "./points-adjust-drawer"
import { PointsEntryRow } from "./points-entry-row"
import { SectionRow } from "./section-row"

/** The member's balances, latest ledger entries and the adjust drawer, in the member card. */
export const MemberPointsSection = ({ customerId }: { customerId: string }) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const { data, isPending, isError, error, refetch } =
    useMemberPoints(customerId)
  const [adjusting, setAdjusting] = useState(false)

  return (
    <div className="divide-y" data-testid="member-points">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("points.title")}</Heading>
        <Button
          size="small"
          variant="secondary"
          onClick={() => setAdjusting(true)}
        >
          {t("points.adjust")}
        </Button>
      </div>
      {isPending && <LoadingRows />}
      {isError && (
        <LoadError
          message={error.message || t("points.loadError")}
          onRetry={() => refetch()}
        />
      )}
      {data && (
        <>
          <SectionRow
            title={t("points.available")}
            value={format.number(data.points.available)}
          />
          <SectionRow
            title={t("points.pending")}
            value={format.number(data.points.pending)}
          />
          <SectionRow
            title={t("points.expiringSoon")}
            value={format.number(data.points.expiring_soon)}
          />
          <SectionRow
            title={t("points.value")}
            value={format.money(data.points.value, data.points.currency_code)}
          />
          <div className="py-2">
            <Text
              size="small"
              weight="plus"
              className="text-ui-fg-subtle px-6 py-2"
            >
              {t("points.ledger")}
            </Text>
            {data.entries.length === 0 ? (
              <Text size="small" className="text-ui-fg-subtle px-6 py-2">
                {t("points.noEntries")}
              </Text>
            ) : (
              data.entries.map((entry) => (
                <PointsEntryRow key={entry.id} entry={entry} />
              ))
            )}
          </div>
        </>
      )}
      <PointsAdjustDrawer
        customerId={customerId}
        open={adjusting}
        onOpenChange={setAdjusting}
      />
    </div>
  )
}
