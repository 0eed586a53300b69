import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { MEMBERSHIP_NS } from "../i18n/define"
import type { MemberStage } from "../lib/types"

const STAGE_COLORS = {
  registered: "grey",
  first_time: "blue",
  repeat: "green",
} as const satisfies Record<MemberStage, string>

export const MemberStageBadge = ({ stage }: { stage: MemberStage }) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  return (
    <StatusBadge color={STAGE_COLORS[stage]}>
      {t(`member.stages.${stage}`)}
    </StatusBadge>
  )
}
