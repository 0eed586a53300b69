import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useTierReevaluation } from "../hooks/tiers"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"
import {
  isReevaluationActive,
  reevaluationRatio,
} from "../lib/tier-reevaluation"
import type {
  TierReevaluation,
  TierReevaluationStatus,
} from "../lib/tier-types"
import { ProgressBar } from "./progress-bar"

const STATUS_COLORS = {
  pending: "grey",
  running: "blue",
  completed: "green",
  failed: "red",
  superseded: "orange",
} as const satisfies Record<TierReevaluationStatus, string>

const BAR_COLORS = {
  pending: "bg-ui-tag-neutral-icon",
  running: "bg-ui-fg-interactive",
  completed: "bg-ui-tag-green-icon",
  failed: "bg-ui-tag-red-icon",
  superseded: "bg-ui-tag-orange-icon",
} satisfies Record<TierReevaluationStatus, string>

const Timing = ({ run }: { run: TierReevaluation }) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const parts = isReevaluationActive(run)
    ? [
        run.rate_per_second !== null &&
          t("tiers.reevaluation.rate", {
            rate: format.number(run.rate_per_second, 1),
          }),
        run.eta_seconds !== null &&
          t("tiers.reevaluation.eta", {
            duration: format.duration(run.eta_seconds),
          }),
        run.started_at &&
          t("tiers.reevaluation.started", {
            when: format.relative(run.started_at),
          }),
      ]
    : [
        run.finished_at &&
          t("tiers.reevaluation.finished", {
            when: format.relative(run.finished_at),
          }),
      ]
  const text = parts.filter((part): part is string => typeof part === "string")
  return text.length ? (
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      {text.join(" · ")}
    </Text>
  ) : null
}

/**
 * The current (or last) pass of every member through the ladder: what
 * started it, a bar with members evaluated and moved, its rate and ETA.
 * Nothing before the first pass.
 */
export const TierReevaluationCard = () => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const { data: run } = useTierReevaluation()
  if (!run) return null
  const ratio = reevaluationRatio(run)
  return (
    <Container className="divide-y p-0" data-testid="tier-reevaluation">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">{t("tiers.reevaluation.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t(`tiers.reevaluation.triggers.${run.trigger}`)}
          </Text>
        </div>
        <StatusBadge color={STATUS_COLORS[run.status]}>
          {t(`tiers.reevaluation.statuses.${run.status}`)}
        </StatusBadge>
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <div className="flex items-center justify-between gap-x-4">
          <Text
            size="small"
            leading="compact"
            data-testid="reevaluation-counts"
          >
            {t("tiers.reevaluation.progress", {
              processed: format.number(run.processed),
              total: format.number(run.total),
              percent: format.percent(ratio),
            })}
          </Text>
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            {t("tiers.reevaluation.moved", {
              count: run.moved,
              moved: format.number(run.moved),
            })}
          </Text>
        </div>
        <ProgressBar
          ratio={ratio}
          label={t("tiers.reevaluation.progressLabel")}
          colorClassName={BAR_COLORS[run.status]}
        />
        <Timing run={run} />
        {run.status === "failed" && run.error && (
          <Text size="small" className="text-ui-fg-error">
            {run.error}
          </Text>
        )}
      </div>
    </Container>
  )
}
