import { zodResolver } from "@hookform/resolvers/zod"
import {
  Button,
  Checkbox,
  Drawer,
  Input,
  Select,
  Switch,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useMemo } from "react"
import { FormProvider, useForm, type Resolver } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { useUpdateReminder } from "../hooks/reminders"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"
import type { reminders } from "../i18n/reminders"
import {
  reminderFormSchema,
  reminderFormValues,
  reminderIssueMessage,
  reminderUpdate,
  serverErrorField,
  type ReminderFormValues,
} from "../lib/reminder-form"
import type { AdminReminder } from "../lib/reminder-types"
import { zodIssueMessages } from "../lib/zod-issue-message"
import { FieldError } from "./field-error"
import { FormField } from "./form-field"
import { ReminderTemplateEditor } from "./reminder-template-editor"
import { ReminderTestSend } from "./reminder-test-send"

type Props = { reminder: AdminReminder; onDone: () => void }

const CHANNELS = ["email", "sms"] as const
type ParamName = keyof typeof reminders.en.params

export const ReminderEditForm = ({ reminder, onDone }: Props) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const update = useUpdateReminder(reminder.key)
  const resolver = useMemo(
    () =>
      zodResolver(reminderFormSchema(reminder.key), {
        error: zodIssueMessages(t, reminderIssueMessage(t, format)),
      }) as unknown as Resolver<ReminderFormValues>,
    [reminder.key, t, format]
  )
  const form = useForm<ReminderFormValues>({
    defaultValues: reminderFormValues(reminder),
    resolver,
  })
  const { control, formState, watch, setError } = form
  const offerType = watch("offer_type")
  const numericParams = Object.keys(form.getValues("params"))

  const submit = form.handleSubmit((values) =>
    update.mutate(reminderUpdate(reminder.key, values), {
      onSuccess: () => {
        toast.success(t("reminders.saved"))
        onDone()
      },
      onError: (error) => {
        const field = serverErrorField(error.message)
        setError((field ?? "root") as "root", { message: error.message })
      },
    })
  )

  return (
    <FormProvider {...form}>
      <form
        onSubmit={submit}
        noValidate
        className="flex flex-1 flex-col overflow-hidden"
      >
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          <FormField
            control={control}
            name="enabled"
            layout="inline"
            label={t("reminders.form.enabled")}
            render={({ field, controlProps }) => (
              <Switch
                {...controlProps}
                checked={field.value}
                onCheckedChange={field.onChange}
              />
            )}
          />
          {numericParams.length > 0 && (
            <fieldset className="grid grid-cols-2 gap-4">
              <legend className="txt-compact-small-plus mb-2">
                {t("reminders.form.params")}
              </legend>
              {numericParams.map((name) => (
                <FormField
                  key={name}
                  control={control}
                  name={`params.${name}`}
                  label={t(`reminders.params.${name as ParamName}`, {
                    defaultValue: name,
                  })}
                  render={({ field, controlProps }) => (
                    <Input
                      {...controlProps}
                      name={field.name}
                      ref={field.ref}
                      type="number"
                      value={Number.isNaN(field.value) ? "" : field.value}
                      onBlur={field.onBlur}
                      onChange={(e) => field.onChange(e.target.valueAsNumber)}
                    />
                  )}
                />
              ))}
            </fieldset>
          )}
          {reminder.key === "holiday" && (
            <FormField
              control={control}
              name="holidays"
              label={t("reminders.form.holidays")}
              render={({ field, controlProps }) => (
                <Textarea
                  {...controlProps}
                  {...field}
                  rows={6}
                  className="font-mono"
                />
              )}
            />
          )}
          <FormField
            control={control}
            name="channels"
            label={t("reminders.form.channels")}
            render={({ field, controlProps }) => (
              <div
                className="flex gap-x-4"
                role="group"
                id={controlProps.id}
                aria-describedby={controlProps["aria-describedby"]}
              >
                {CHANNELS.map((channel) => (
                  <label
                    key={channel}
                    className="txt-compact-small flex items-center gap-x-2"
                  >
                    <Checkbox
                      checked={field.value.includes(channel)}
                      onCheckedChange={(checked) =>
                        field.onChange(
                          checked
                            ? [...field.value, channel]
                            : field.value.filter((c) => c !== channel)
                        )
                      }
                    />
                    {t(`reminders.channels.${channel}`)}
                  </label>
                ))}
              </div>
            )}
          />
          <div className="grid grid-cols-2 gap-4">
            <FormField
              control={control}
              name="offer_type"
              label={t("reminders.form.offer")}
              render={({ field, controlProps }) => (
                <Select value={field.value} onValueChange={field.onChange}>
                  <Select.Trigger {...controlProps}>
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value="none">
                      {t("reminders.form.offerNone")}
                    </Select.Item>
                    <Select.Item value="promotion">
                      {t("reminders.form.offerPromotion")}
                    </Select.Item>
                    <Select.Item value="points">
                      {t("reminders.form.offerPoints")}
                    </Select.Item>
                  </Select.Content>
                </Select>
              )}
            />
            {offerType === "promotion" && (
              <FormField
                control={control}
                name="offer_code"
                label={t("reminders.form.offerPromotion")}
                render={({ field, controlProps }) => (
                  <Input {...controlProps} {...field} />
                )}
              />
            )}
            {offerType === "points" && (
              <FormField
                control={control}
                name="offer_points"
                label={t("reminders.form.offerPoints")}
                render={({ field, controlProps }) => (
                  <Input {...controlProps} {...field} inputMode="numeric" />
                )}
              />
            )}
          </div>
          <ReminderTemplateEditor reminderKey={reminder.key} />
          <ReminderTestSend reminderKey={reminder.key} />
          <FieldError message={formState.errors.root?.message} />
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button">
              {t("common.actions.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" isLoading={update.isPending}>
            {t("common.actions.save")}
          </Button>
        </Drawer.Footer>
      </form>
    </FormProvider>
  )
}
