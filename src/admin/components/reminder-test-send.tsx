import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Input, Label, Select, toast } from "@medusajs/ui"
import { useMemo } from "react"
import { Controller, useForm, type Resolver } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { z } from "zod"
import { AdminTestSendReminder } from "../../api/admin/reminders/validators"
import { SUPPORTED_LOCALES } from "../../modules/member-campaign/utils/locale"
import { useTestSend } from "../hooks/reminders"
import { MEMBERSHIP_NS } from "../i18n/define"
import type { ReminderKey } from "../lib/reminder-types"
import { zodIssueMessages } from "../lib/zod-issue-message"
import { FormField } from "./form-field"

// The server's rule (AdminTestSendReminder), the language always chosen.
const schema = AdminTestSendReminder.pick({ to: true }).extend({
  locale: z.enum(SUPPORTED_LOCALES),
})
type Values = z.infer<typeof schema>

/** Sends the saved reminder, rendered for a sample member, to an address (not a nested form). */
export const ReminderTestSend = ({
  reminderKey,
}: {
  reminderKey: ReminderKey
}) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const send = useTestSend(reminderKey)
  // The server's schema decides; its one rule on `to` (an email address) carries
  // its own English message, which wins over an error map: say it in the
  // dashboard's language here.
  const resolver = useMemo<Resolver<Values>>(() => {
    const validate = zodResolver(schema, { error: zodIssueMessages(t) })
    return async (...args) => {
      const result = await validate(...args)
      if (result.errors.to) {
        result.errors.to.message = t("reminders.testSend.invalidAddress")
      }
      return result
    }
  }, [t])
  const { control, handleSubmit, setError } = useForm<Values>({
    defaultValues: { to: "", locale: "en" },
    resolver,
  })
  const submit = handleSubmit((values) =>
    send.mutate(values, {
      onSuccess: () =>
        toast.success(t("reminders.testSend.sent", { to: values.to })),
      onError: (error) => setError("to", { message: error.message }),
    })
  )
  return (
    <div
      className="flex flex-col gap-y-2 rounded-md border p-3"
      data-testid="reminder-test-send"
    >
      <Label size="small" weight="plus">
        {t("reminders.testSend.title")}
      </Label>
      <div className="flex items-end gap-x-2">
        <div className="flex-1">
          <FormField
            control={control}
            name="to"
            label={t("reminders.testSend.to")}
            render={({ field, controlProps }) => (
              <Input
                {...controlProps}
                {...field}
                type="email"
                placeholder="name@example.com"
              />
            )}
          />
        </div>
        <Controller
          control={control}
          name="locale"
          render={({ field }) => (
            <Select value={field.value} onValueChange={field.onChange}>
              <Select.Trigger
                className="w-[160px]"
                aria-label={t("reminders.testSend.language")}
              >
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {SUPPORTED_LOCALES.map((locale) => (
                  <Select.Item key={locale} value={locale}>
                    {t(`reminders.languages.${locale}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          )}
        />
        <Button
          size="small"
          variant="secondary"
          type="button"
          onClick={submit}
          isLoading={send.isPending}
        >
          {t("reminders.testSend.send")}
        </Button>
      </div>
    </div>
  )
}
