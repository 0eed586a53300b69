import { Input, Label, Tabs, Textarea } from "@medusajs/ui"
import { useFormContext } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { MEMBERSHIP_NS } from "../i18n/define"
import type { ReminderFormValues } from "../lib/reminder-form"
import type { ReminderKey } from "../lib/reminder-types"
import { FormField } from "./form-field"
import { ReminderPreviewPanel } from "./reminder-preview"

const LOCALES = ["en", "zh-CN"] as const
const PARTS = ["subject", "html", "text"] as const

/** Subject, HTML and text per language; empty parts keep the built-in template. */
export const ReminderTemplateEditor = ({
  reminderKey,
}: {
  reminderKey: ReminderKey
}) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const { control } = useFormContext<ReminderFormValues>()
  return (
    <div className="flex flex-col gap-y-3">
      <Label size="small" weight="plus">
        {t("reminders.form.templates")}
      </Label>
      <Tabs defaultValue="en">
        <Tabs.List>
          {LOCALES.map((locale) => (
            <Tabs.Trigger key={locale} value={locale}>
              {t(`reminders.languages.${locale}`)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {LOCALES.map((locale) => (
          <Tabs.Content
            key={locale}
            value={locale}
            className="flex flex-col gap-y-3 pt-3"
          >
            {PARTS.map((part) => (
              <FormField
                key={part}
                control={control}
                name={`templates.${locale}.${part}`}
                label={t(`reminders.form.${part}`)}
                render={({ field, controlProps }) =>
                  part === "subject" ? (
                    <Input {...controlProps} {...field} />
                  ) : (
                    <Textarea
                      {...controlProps}
                      {...field}
                      rows={part === "html" ? 6 : 4}
                      className="font-mono"
                    />
                  )
                }
              />
            ))}
          </Tabs.Content>
        ))}
      </Tabs>
      <ReminderPreviewPanel reminderKey={reminderKey} />
    </div>
  )
}
