import { Label, Switch, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

export const Field = ({
  label,
  htmlFor,
  hint,
  children,
}: {
  label: string
  htmlFor: string
  hint?: string
  children: ReactNode
}) => (
  <div className="flex flex-col gap-y-2">
    <Label size="small" weight="plus" htmlFor={htmlFor}>
      {label}
    </Label>
    {children}
    {hint && (
      <Text id={`${htmlFor}-hint`} size="small" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
  </div>
)

export const SwitchField = ({
  id,
  label,
  checked,
  onCheckedChange,
}: {
  id: string
  label: string
  checked: boolean
  onCheckedChange: (checked: boolean) => void
}) => (
  <div className="flex items-center justify-between gap-x-4">
    <Label size="small" weight="plus" htmlFor={id}>
      {label}
    </Label>
    <Switch id={id} checked={checked} onCheckedChange={onCheckedChange} />
  </div>
)
