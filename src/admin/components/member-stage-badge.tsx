import { StatusBadge } from "@medusajs/ui"
import { messages } from "../lib/i18n"
import type { MemberStage } from "../lib/types"

const STAGE_COLORS = {
  registered: "grey",
  first_time: "blue",
  repeat: "green",
} as const satisfies Record<MemberStage, string>

export const MemberStageBadge = ({ stage }: { stage: MemberStage }) => (
  <StatusBadge color={STAGE_COLORS[stage]}>
    {messages.member.stages[stage]}
  </StatusBadge>
)
