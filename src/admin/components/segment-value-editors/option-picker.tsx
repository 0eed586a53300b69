import { CheckMini, ChevronUpDown, PlusMini } from "@medusajs/icons"
import { Button, clx, Input, Popover, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { MEMBERSHIP_NS } from "../../i18n/define"
import { SelectedChips } from "./selected-chips"

export type PickerOption = { value: string; label: string; hint?: string }

type Props = {
  /** Names the trigger and the search box. */
  label: string
  placeholder: string
  multiple: boolean
  selected: string[]
  onChange: (values: string[]) => void
  options: PickerOption[]
  /** Labels of selected values that are not among the current options. */
  labels?: Record<string, string>
  /** Given: the caller searches (the server); not given: the options are filtered here. */
  onSearchChange?: (q: string) => void
  isLoading?: boolean
  /** Offers the typed text itself when no option has it (a tag nobody holds yet). */
  allowCustom?: boolean
}

/** A searchable list in a popover; one choice or several (shown as removable chips). */
export const OptionPicker = ({
  label,
  placeholder,
  multiple,
  selected,
  onChange,
  options,
  labels = {},
  onSearchChange,
  isLoading,
  allowCustom,
}: Props) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const [open, setOpen] = useState(false)
  const [search, setSearch] = useState("")
  const term = search.trim().toLowerCase()
  const shown = onSearchChange
    ? options
    : options.filter((option) => option.label.toLowerCase().includes(term))
  const custom =
    allowCustom && term && !options.some((o) => o.value === term) ? term : null
  const labelOf = (value: string) =>
    options.find((o) => o.value === value)?.label ?? labels[value] ?? value
  const pick = (value: string) => {
    if (!multiple) {
      onChange([value])
      setOpen(false)
      return
    }
    onChange(
      selected.includes(value)
        ? selected.filter((v) => v !== value)
        : [...selected, value]
    )
  }
  const changeSearch = (q: string) => {
    setSearch(q)
    onSearchChange?.(q)
  }
  return (
    <div
      role="group"
      aria-label={label}
      className="flex flex-wrap items-center gap-1"
    >
      {multiple && (
        <SelectedChips
          values={selected}
          labelOf={labelOf}
          onRemove={(value) => onChange(selected.filter((v) => v !== value))}
        />
      )}
      <Popover open={open} onOpenChange={setOpen}>
        <Popover.Trigger asChild>
          {multiple ? (
            <Button type="button" size="small" variant="secondary">
              <PlusMini />
              {selected.length ? t("segments.picker.add") : placeholder}
            </Button>
          ) : (
            <button
              type="button"
              aria-label={label}
              className={clx(
                "bg-ui-bg-field shadow-buttons-neutral txt-compact-small flex h-7 w-full items-center justify-between gap-x-2 rounded-md px-2",
                !selected.length && "text-ui-fg-muted"
              )}
            >
              <span className="truncate">
                {selected.length ? labelOf(selected[0]) : placeholder}
              </span>
              <ChevronUpDown className="text-ui-fg-muted" />
            </button>
          )}
        </Popover.Trigger>
        <Popover.Content
          align="start"
          className="flex flex-col gap-y-1 p-1"
          style={{ width: "18rem" }}
          aria-label={label}
        >
          <Input
            size="small"
            type="search"
            autoFocus
            aria-label={`${label}: ${t("segments.picker.search")}`}
            placeholder={t("segments.picker.search")}
            value={search}
            onChange={(e) => changeSearch(e.target.value)}
            onKeyDown={(e) => {
              const first = custom ?? shown[0]?.value
              if (e.key === "Enter" && first) {
                e.preventDefault()
                pick(first)
              }
            }}
          />
          <div
            role="listbox"
            aria-label={label}
            aria-multiselectable={multiple}
            className="flex max-h-[300px] flex-col overflow-y-auto"
          >
            {shown.map((option) => (
              <OptionRow
                key={option.value}
                option={option}
                selected={selected.includes(option.value)}
                onPick={() => pick(option.value)}
              />
            ))}
            {custom && (
              <OptionRow
                option={{
                  value: custom,
                  label: t("segments.picker.useValue", { value: custom }),
                }}
                selected={false}
                onPick={() => pick(custom)}
              />
            )}
            {!shown.length && !custom && (
              <Text size="small" className="text-ui-fg-muted px-2 py-1.5">
                {isLoading
                  ? t("segments.picker.loading")
                  : t("segments.picker.noMatches")}
              </Text>
            )}
          </div>
        </Popover.Content>
      </Popover>
    </div>
  )
}

const OptionRow = ({
  option,
  selected,
  onPick,
}: {
  option: PickerOption
  selected: boolean
  onPick: () => void
}) => (
  <button
    type="button"
    role="option"
    aria-selected={selected}
    onClick={onPick}
    className="hover:bg-ui-bg-base-hover focus-visible:bg-ui-bg-base-hover txt-compact-small flex items-center gap-x-2 rounded-md px-2 py-1.5 text-left outline-none"
  >
    <span className="flex size-4 items-center justify-center">
      {selected && <CheckMini />}
    </span>
    <span className="flex-1 truncate">{option.label}</span>
    {option.hint && (
      <span className="text-ui-fg-muted txt-compact-xsmall">{option.hint}</span>
    )}
  </button>
)
