import { Input, Label, Tabs, Textarea } from "@medusajs/ui"
import { useFormContext } from "react-hook-form"
import type { ReminderFormValues } from "../lib/reminder-form"
import { useReminderStrings } from "../lib/reminder-i18n"
import type { ReminderKey } from "../lib/reminder-types"
import { FieldError } from "./field-error"
import { ReminderPreviewPanel } from "./reminder-preview"

const LOCALES = ["en", "zh-CN"] as const
const PARTS = ["subject", "html", "text"] as const

/** Subject, HTML and text per language; empty parts keep the built-in template. */
export const ReminderTemplateEditor = ({
  reminderKey,
}: {
  reminderKey: ReminderKey
}) => {
  const t = useReminderStrings()
  const { register, formState } = useFormContext<ReminderFormValues>()
  return (
    <div className="flex flex-col gap-y-3">
      <Label>{t.form.templates}</Label>
      <Tabs defaultValue="en">
        <Tabs.List>
          {LOCALES.map((locale) => (
            <Tabs.Trigger key={locale} value={locale}>
              {t.languages[locale]}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {LOCALES.map((locale) => (
          <Tabs.Content
            key={locale}
            value={locale}
            className="flex flex-col gap-y-3 pt-3"
          >
            {PARTS.map((part) => {
              const id = `templates.${locale}.${part}` as const
              const label = t.form[part]
              return (
                <div key={part} className="flex flex-col gap-y-1">
                  <Label htmlFor={id}>{label}</Label>
                  {part === "subject" ? (
                    <Input id={id} {...register(id)} />
                  ) : (
                    <Textarea
                      id={id}
                      rows={part === "html" ? 6 : 4}
                      className="font-mono"
                      {...register(id)}
                    />
                  )}
                  <FieldError
                    message={
                      formState.errors.templates?.[locale]?.[part]?.message
                    }
                  />
                </div>
              )
            })}
          </Tabs.Content>
        ))}
      </Tabs>
      <ReminderPreviewPanel reminderKey={reminderKey} />
    </div>
  )
}
