import { Input } from "@medusajs/ui"
import type { ControllerRenderProps, FieldValues, Path } from "react-hook-form"
import type { FieldControlProps } from "./form-field"

type Props<V extends FieldValues> = {
  field: ControllerRenderProps<V, Path<V>>
  controlProps: FieldControlProps
  /** An empty input means "not set" (null) rather than an invalid number. */
  nullable?: boolean
  /** The input shows the value times this (a rate as a percentage). */
  scale?: number
  step?: string
}

/** A number field whose form value is a number (NaN when unreadable) or null. */
export const TierNumberInput = <V extends FieldValues>({
  field,
  controlProps,
  nullable,
  scale = 1,
  step = "any",
}: Props<V>) => {
  const value = field.value as number | null
  const shown =
    value == null || Number.isNaN(value)
      ? ""
      : Number((value * scale).toFixed(6))
  return (
    <Input
      {...controlProps}
      name={field.name}
      ref={field.ref}
      type="number"
      step={step}
      value={shown}
      onBlur={field.onBlur}
      onChange={(e) => {
        const raw = e.target.value
        if (raw === "" && nullable) return field.onChange(null)
        const number = e.target.valueAsNumber
        field.onChange(Number.isNaN(number) ? NaN : number / scale)
      }}
    />
  )
}
