import { StatusBadge } from "@medusajs/ui"
import { messages } from "../lib/i18n"
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
}) => (
  <StatusBadge color={STATUS_COLORS[status]}>
    {messages.backfill.statuses[status]}
  </StatusBadge>
)
