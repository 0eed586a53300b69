import { Badge, Tooltip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"
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

export const RelativeDateCell = ({ iso }: { iso: string | null }) => {
  const format = useFormatters()
  return iso ? (
    <Tooltip content={format.dateTime(iso)}>
      <span>{format.relative(iso)}</span>
    </Tooltip>
  ) : (
    <span>-</span>
  )
}

export const TagsCell = ({ tags }: { tags: string[] }) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  if (!tags.length) {
    return <span>-</span>
  }
  const hidden = tags.slice(VISIBLE_TAGS)
  const hiddenLabel = t("memberList.moreTagsLabel", {
    count: hidden.length,
    tags: format.list(hidden),
  })
  return (
    <div className="flex items-center gap-1">
      {tags.slice(0, VISIBLE_TAGS).map((tag) => (
        <Badge key={tag} size="2xsmall">
          {tag}
        </Badge>
      ))}
      {hidden.length > 0 && (
        <Tooltip content={hiddenLabel}>
          <Badge size="2xsmall" color="grey" aria-label={hiddenLabel}>
            {t("memberList.moreTags", { count: hidden.length })}
          </Badge>
        </Tooltip>
      )}
    </div>
  )
}
