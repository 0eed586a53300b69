import { PencilSquare } from "@medusajs/icons"
import { Heading, IconButton } from "@medusajs/ui"
import type { ReactNode } from "react"
import { messages } from "../lib/i18n"

type MemberCardHeaderProps = {
  badge?: ReactNode
  onEdit?: () => void
}

export const MemberCardHeader = ({ badge, onEdit }: MemberCardHeaderProps) => (
  <div className="flex items-center justify-between px-6 py-4">
    <Heading level="h2">{messages.member.title}</Heading>
    <div className="flex items-center gap-x-2">
      {badge}
      {onEdit && (
        <IconButton
          size="small"
          variant="transparent"
          aria-label={messages.member.edit}
          title={messages.member.edit}
          onClick={onEdit}
        >
          <PencilSquare />
        </IconButton>
      )}
    </div>
  </div>
)
