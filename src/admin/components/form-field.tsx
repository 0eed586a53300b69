import { clx, Hint, Label } from "@medusajs/ui"
import { useId, type ReactNode } from "react"
import {
  Controller,
  type Control,
  type ControllerRenderProps,
  type FieldPath,
  type FieldValues,
} from "react-hook-form"
import { firstErrorMessage } from "../lib/form-errors"

/** What the rendered control spreads so its label, hint and error describe it. */
export type FieldControlProps = {
  id: string
  "aria-invalid": boolean
  "aria-describedby": string | undefined
}

type FormFieldProps<V extends FieldValues, N extends FieldPath<V>> = {
  control: Control<V>
  name: N
  label: string
  hint?: string
  /** "inline" puts label and control on one row, as for a switch. */
  layout?: "stacked" | "inline"
  render: (props: {
    field: ControllerRenderProps<V, N>
    controlProps: FieldControlProps
  }) => ReactNode
}

/** A labelled form control with its hint and, once validated, its error inline. */
export const FormField = <V extends FieldValues, N extends FieldPath<V>>({
  control,
  name,
  label,
  hint,
  layout = "stacked",
  render,
}: FormFieldProps<V, N>) => {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const error = firstErrorMessage(fieldState.error)
        const describedBy = [hint && hintId, error && errorId]
          .filter(Boolean)
          .join(" ")
        const controlProps = {
          id,
          "aria-invalid": !!error,
          "aria-describedby": describedBy || undefined,
        }
        return (
          <div
            className={clx("flex flex-col gap-y-2", {
              "gap-y-1": layout === "inline",
            })}
          >
            <div
              className={clx("flex flex-col gap-y-2", {
                "flex-row items-center justify-between gap-x-4":
                  layout === "inline",
              })}
            >
              <Label size="small" weight="plus" htmlFor={id}>
                {label}
              </Label>
              {render({ field, controlProps })}
            </div>
            {hint && (
              <Hint id={hintId} variant="info">
                {hint}
              </Hint>
            )}
            {error && (
              <Hint id={errorId} variant="error" role="alert">
                {error}
              </Hint>
            )}
          </div>
        )
      }}
    />
  )
}
