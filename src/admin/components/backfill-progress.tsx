import { clx, Text, Tooltip } from "@medusajs/ui"
import { backfillRatio, isBackfillActive } from "../lib/backfill"
import {
  formatDateTime,
  formatDuration,
  formatNumber,
  formatPercent,
  formatRelative,
} from "../lib/format"
import { messages } from "../lib/i18n"
import type { MemberBackfill, MemberBackfillStatus } from "../lib/types"

const copy = messages.backfill

const BAR_COLORS = {
  pending: "bg-ui-tag-neutral-icon",
  running: "bg-ui-fg-interactive",
  completed: "bg-ui-tag-green-icon",
  failed: "bg-ui-tag-red-icon",
} satisfies Record<MemberBackfillStatus, string>

const Timing = ({ line, when }: { line: string; when: string | null }) => {
  const text = (
    <Text size="small" leading="compact" className="text-ui-fg-subtle">
      {line}
    </Text>
  )
  return when ? <Tooltip content={formatDateTime(when)}>{text}</Tooltip> : text
}

const timing = (backfill: MemberBackfill) => {
  const { rate_per_second, eta_seconds, started_at, finished_at } = backfill
  if (!isBackfillActive(backfill)) {
    return finished_at ? copy.finished(formatRelative(finished_at)) : null
  }
  return [
    rate_per_second !== null && copy.rate(formatNumber(rate_per_second, 1)),
    eta_seconds !== null && copy.eta(formatDuration(eta_seconds)),
    started_at && copy.started(formatRelative(started_at)),
  ]
    .filter(Boolean)
    .join(" · ")
}

/** Phase, counts and a bar for one run; its rate and ETA while it runs. */
export const BackfillProgress = ({
  backfill,
}: {
  backfill: MemberBackfill
}) => {
  const ratio = backfillRatio(backfill)
  const line = timing(backfill)
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <div className="flex items-center justify-between gap-x-4">
        <Text size="small" leading="compact" weight="plus">
          {copy.phases[backfill.phase]}
        </Text>
        <Text size="small" leading="compact" className="text-ui-fg-subtle">
          {copy.progress(
            formatNumber(backfill.processed),
            formatNumber(backfill.total),
            formatPercent(ratio)
          )}
        </Text>
      </div>
      <div
        role="progressbar"
        aria-label={copy.progressLabel}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(ratio * 100)}
        className="bg-ui-bg-subtle shadow-borders-base h-2 w-full overflow-hidden rounded-full"
      >
        <div
          className={clx(
            "h-full rounded-full transition-[width] duration-500",
            BAR_COLORS[backfill.status]
          )}
          style={{ width: `${ratio * 100}%` }}
        />
      </div>
      {line && (
        <Timing
          line={line}
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
