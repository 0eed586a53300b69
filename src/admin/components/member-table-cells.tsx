import { Badge, Tooltip } from "@medusajs/ui"
import { formatDateTime, formatRelative } from "../lib/format"
import { messages } from "../lib/i18n"
import type { AdminMember } from "../lib/types"

const VISIBLE_TAGS = 2

export const MemberNameCell = ({ member }: { member: AdminMember }) => {
  const name = [member.first_name, member.last_name].filter(Boolean).join(" ")
  return (
    <div className="flex min-w-0 flex-col">
      <span className="text-ui-fg-base truncate">
        {name || member.email || "-"}
      </span>
      {name && member.email && <span className="truncate">{member.email}</span>}
    </div>
  )
}

export const RelativeDateCell = ({ iso }: { iso: string | null }) =>
  iso ? (
    <Tooltip content={formatDateTime(iso)}>
      <span>{formatRelative(iso)}</span>
    </Tooltip>
  ) : (
    <span>-</span>
  )

export const TagsCell = ({ tags }: { tags: string[] }) => {
  if (!tags.length) {
    return <span>-</span>
  }
  const hidden = tags.slice(VISIBLE_TAGS)
  return (
    <div className="flex items-center gap-1">
      {tags.slice(0, VISIBLE_TAGS).map((tag) => (
        <Badge key={tag} size="2xsmall">
          {tag}
        </Badge>
      ))}
      {hidden.length > 0 && (
        <Tooltip content={hidden.join(", ")}>
          <Badge size="2xsmall" color="grey">
            {messages.memberList.moreTags(hidden.length)}
          </Badge>
        </Tooltip>
      )}
    </div>
  )
}
