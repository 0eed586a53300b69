import { XMarkMini } from "@medusajs/icons"
import { Badge, Input } from "@medusajs/ui"
import { useState, type KeyboardEvent } from "react"
import { MAX_TAG_LENGTH } from "../../limits"
import { messages } from "../lib/i18n"

type TagsInputProps = {
  id: string
  value: string[]
  onChange: (tags: string[]) => void
  "aria-describedby"?: string
}

export const TagsInput = ({ id, value, onChange, ...aria }: TagsInputProps) => {
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
            <Badge key={tag} size="2xsmall" className="gap-x-0.5 pr-0.5">
              {tag}
              <button
                type="button"
                className="text-ui-fg-muted hover:text-ui-fg-subtle rounded-sm outline-none"
                aria-label={messages.editDrawer.removeTag(tag)}
                onClick={() => onChange(value.filter((other) => other !== tag))}
              >
                <XMarkMini />
              </button>
            </Badge>
          ))}
        </div>
      )}
      <Input
        id={id}
        size="small"
        value={draft}
        maxLength={MAX_TAG_LENGTH}
        placeholder={messages.editDrawer.tagsPlaceholder}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={handleKeyDown}
        onBlur={commit}
        {...aria}
      />
    </div>
  )
}
