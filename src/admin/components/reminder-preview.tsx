import { Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useFormContext, useWatch } from "react-hook-form"
import { useReminderPreview } from "../hooks/reminders"
import {
  templateOverrides,
  type ReminderFormValues,
} from "../lib/reminder-form"
import { useReminderStrings } from "../lib/reminder-i18n"
import type { ReminderKey, ReminderTemplates } from "../lib/reminder-types"

const useDebounced = <T,>(value: T, ms: number) => {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return debounced
}

/** Both languages rendered by the server from the templates being edited. */
export const ReminderPreviewPanel = ({
  reminderKey,
}: {
  reminderKey: ReminderKey
}) => {
  const t = useReminderStrings()
  const { control } = useFormContext<ReminderFormValues>()
  const templates = useWatch({ control, name: "templates" })
  const overrides: ReminderTemplates = useDebounced(
    templateOverrides(templates),
    400
  )
  const { data, error } = useReminderPreview(reminderKey, overrides)
  return (
    <div className="flex flex-col gap-y-2" data-testid="reminder-preview">
      <Heading level="h3">{t.form.preview}</Heading>
      {error && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {t.form.previewError}: {error.message}
        </Text>
      )}
      <div className="grid grid-cols-2 gap-4">
        {(["en", "zh-CN"] as const).map((locale) => (
          <div
            key={locale}
            className="flex flex-col gap-y-1 rounded-md border p-2"
          >
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t.languages[locale]}
            </Text>
            <Text size="small" weight="plus">
              {data?.[locale].subject}
            </Text>
            <iframe
              title={`${reminderKey}-${locale}`}
              sandbox=""
              className="h-64 w-full rounded bg-white"
              srcDoc={data?.[locale].html ?? ""}
            />
          </div>
        ))}
      </div>
    </div>
  )
}
