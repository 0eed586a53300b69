import { PencilSquare } from "@medusajs/icons"
import { Heading, IconButton } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { MEMBERSHIP_NS } from "../i18n/define"

type MemberCardHeaderProps = {
  badge?: ReactNode
  onEdit?: () => void
}

export const MemberCardHeader = ({ badge, onEdit }: MemberCardHeaderProps) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  return (
    <div className="flex items-center justify-between px-6 py-4">
      <Heading level="h2">{t("member.title")}</Heading>
      <div className="flex items-center gap-x-2">
        {badge}
        {onEdit && (
          <IconButton
            size="small"
            variant="transparent"
            aria-label={t("member.edit")}
            title={t("member.edit")}
            onClick={onEdit}
          >
            <PencilSquare />
          </IconButton>
        )}
      </div>
    </div>
  )
}
