import { Heading, Text } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useFormContext, useWatch } from "react-hook-form"
import { useReminderPreview } from "../hooks/reminders"
import { useTranslation } from "react-i18next"
import { MEMBERSHIP_NS } from "../i18n/define"
import {
  templateOverridesOf,
  type ReminderFormValues,
} from "../lib/reminder-form"
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
  const { t } = useTranslation(MEMBERSHIP_NS)
  const { control } = useFormContext<ReminderFormValues>()
  const templates = useWatch({ control, name: "templates" })
  // compared as text: the watched object is new on every render
  const current = JSON.stringify(templateOverridesOf(templates))
  const debounced = useDebounced(current, 400)
  const overrides = useMemo<ReminderTemplates>(
    () => JSON.parse(debounced),
    [debounced]
  )
  const { data, error } = useReminderPreview(reminderKey, overrides)
  return (
    <div className="flex flex-col gap-y-2" data-testid="reminder-preview">
      <Heading level="h3">{t("reminders.form.preview")}</Heading>
      {error && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {t("reminders.form.previewError", { error: error.message })}
        </Text>
      )}
      <div className="grid grid-cols-2 gap-4">
        {(["en", "zh-CN"] as const).map((locale) => (
          <div
            key={locale}
            className="flex flex-col gap-y-1 rounded-md border p-2"
          >
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t(`reminders.languages.${locale}`)}
            </Text>
            <Text size="small" weight="plus">
              {data?.[locale].subject}
            </Text>
            <iframe
              title={`${reminderKey}-${locale}`}
              sandbox=""
              className="w-full rounded"
              style={{ height: "16rem", backgroundColor: "white" }}
              srcDoc={data?.[locale].html ?? ""}
            />
          </div>
        ))}
      </div>
    </div>
  )
}
