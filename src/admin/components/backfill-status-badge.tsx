import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { MEMBERSHIP_NS } from "../i18n/define"
import type { MemberBackfillStatus } from "../lib/types"

const STATUS_COLORS = {
  pending: "grey",
  running: "blue",
  completed: "green",
  failed: "red",
} as const satisfies Record<MemberBackfillStatus, string>

export const BackfillStatusBadge = ({
  status,
}: {
  status: MemberBackfillStatus
}) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  return (
    <StatusBadge color={STATUS_COLORS[status]}>
      {t(`backfill.statuses.${status}`)}
    </StatusBadge>
  )
}
