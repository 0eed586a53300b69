import { XMarkMini } from "@medusajs/icons"
import { Badge, Input } from "@medusajs/ui"
import { useState, type KeyboardEvent } from "react"
import { useTranslation } from "react-i18next"
import { MEMBERSHIP_NS } from "../i18n/define"
import type { FieldControlProps } from "./form-field"

type TagsInputProps = FieldControlProps & {
  value: string[]
  onChange: (tags: string[]) => void
  onBlur?: () => void
}

// Tags are not cut to length here: the form's schema says which one is too long.
export const TagsInput = ({
  value,
  onChange,
  onBlur,
  ...controlProps
}: TagsInputProps) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const [draft, setDraft] = useState("")

  const commit = () => {
    const tag = draft.trim().toLowerCase().replace(/\s+/g, " ")
    if (tag && !value.includes(tag)) {
      onChange([...value, tag])
    }
    setDraft("")
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault()
      commit()
    } else if (event.key === "Backspace" && !draft && value.length) {
      onChange(value.slice(0, -1))
    }
  }

  return (
    <div className="flex flex-col gap-y-2">
      {value.length > 0 && (
        <div className="flex flex-wrap gap-1">
          {value.map((tag) => (
            <Badge
              key={tag}
              size="2xsmall"
              className="gap-x-0.5"
              style={{ paddingRight: "0.125rem" }}
            >
              {tag}
              <button
                type="button"
                className="text-ui-fg-muted hover:text-ui-fg-subtle rounded-sm outline-none"
                aria-label={t("memberEdit.removeTag", { tag })}
                onClick={() => onChange(value.filter((other) => other !== tag))}
              >
                <XMarkMini />
              </button>
            </Badge>
          ))}
        </div>
      )}
      <Input
        size="small"
        value={draft}
        placeholder={t("memberEdit.tagsPlaceholder")}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={handleKeyDown}
        onBlur={() => {
          commit()
          onBlur?.()
        }}
        {...controlProps}
      />
    </div>
  )
}
