import { Text, Tooltip } from "@medusajs/ui"
import type { TFunction } from "i18next"
import { useTranslation } from "react-i18next"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"
import { backfillRatio, isBackfillActive } from "../lib/backfill"
import type { Formatters } from "../lib/format"
import type { MemberBackfill, MemberBackfillStatus } from "../lib/types"
import { ProgressBar } from "./progress-bar"

const BAR_COLORS = {
  pending: "bg-ui-tag-neutral-icon",
  running: "bg-ui-fg-interactive",
  completed: "bg-ui-tag-green-icon",
  failed: "bg-ui-tag-red-icon",
} satisfies Record<MemberBackfillStatus, string>

/** What to say about a run's timing: when it finished, or its rate, ETA and start. */
const timingParts = (
  backfill: MemberBackfill,
  t: TFunction<typeof MEMBERSHIP_NS>,
  format: Formatters
) => {
  const { rate_per_second, eta_seconds, started_at, finished_at } = backfill
  if (!isBackfillActive(backfill)) {
    return finished_at
      ? [t("backfill.finished", { when: format.relative(finished_at) })]
      : []
  }
  return [
    rate_per_second !== null &&
      t("backfill.rate", { rate: format.number(rate_per_second, 1) }),
    eta_seconds !== null &&
      t("backfill.eta", { duration: format.duration(eta_seconds) }),
    started_at && t("backfill.started", { when: format.relative(started_at) }),
  ].filter((part): part is string => typeof part === "string")
}

const Timing = ({ parts, when }: { parts: string[]; when: string | null }) => {
  const format = useFormatters()
  const text = (
    <Text
      size="small"
      leading="compact"
      className="text-ui-fg-subtle flex flex-wrap gap-x-1"
    >
      {parts.map((part, index) => (
        <span key={part}>{index > 0 ? `· ${part}` : part}</span>
      ))}
    </Text>
  )
  return when ? <Tooltip content={format.dateTime(when)}>{text}</Tooltip> : text
}

/** Phase, counts and a bar for one run; its rate and ETA while it runs. */
export const BackfillProgress = ({
  backfill,
}: {
  backfill: MemberBackfill
}) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const ratio = backfillRatio(backfill)
  const parts = timingParts(backfill, t, format)
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <div className="flex items-center justify-between gap-x-4">
        <Text size="small" leading="compact" weight="plus">
          {t(`backfill.phases.${backfill.phase}`)}
        </Text>
        <Text size="small" leading="compact" className="text-ui-fg-subtle">
          {t("backfill.progress", {
            processed: format.number(backfill.processed),
            total: format.number(backfill.total),
            percent: format.percent(ratio),
          })}
        </Text>
      </div>
      <ProgressBar
        ratio={ratio}
        label={t("backfill.progressLabel")}
        colorClassName={BAR_COLORS[backfill.status]}
      />
      {parts.length > 0 && (
        <Timing
          parts={parts}
          when={backfill.finished_at ?? backfill.started_at}
        />
      )}
      {backfill.status === "failed" && backfill.error && (
        <Text size="small" className="text-ui-fg-error">
          {backfill.error}
        </Text>
      )}
    </div>
  )
}
