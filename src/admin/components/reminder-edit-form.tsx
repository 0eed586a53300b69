import { zodResolver } from "@hookform/resolvers/zod"
import {
  Button,
  Checkbox,
  Drawer,
  Input,
  Label,
  Select,
  Switch,
  Textarea,
  toast,
} from "@medusajs/ui"
import { Controller, FormProvider, useForm } from "react-hook-form"
import { useUpdateReminder } from "../hooks/reminders"
import {
  reminderFormSchema,
  reminderFormValues,
  reminderUpdate,
  serverErrorField,
  type ReminderFormValues,
} from "../lib/reminder-form"
import { useReminderStrings } from "../lib/reminder-i18n"
import type { AdminReminder } from "../lib/reminder-types"
import { FieldError } from "./field-error"
import { ReminderTemplateEditor } from "./reminder-template-editor"
import { ReminderTestSend } from "./reminder-test-send"

type Props = { reminder: AdminReminder; onDone: () => void }

export const ReminderEditForm = ({ reminder, onDone }: Props) => {
  const t = useReminderStrings()
  const update = useUpdateReminder(reminder.key)
  const form = useForm<ReminderFormValues>({
    defaultValues: reminderFormValues(reminder),
    resolver: zodResolver(reminderFormSchema(reminder.key, t.form.invalidJson)),
  })
  const { register, control, formState, watch, setError } = form
  const offerType = watch("offer_type")
  const numericParams = Object.keys(form.getValues("params"))

  const submit = form.handleSubmit((values) =>
    update.mutate(reminderUpdate(reminder.key, values), {
      onSuccess: () => {
        toast.success(t.saved)
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
      <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          <div className="flex items-center gap-x-2">
            <Controller
              control={control}
              name="enabled"
              render={({ field }) => (
                <Switch
                  id="enabled"
                  checked={field.value}
                  onCheckedChange={field.onChange}
                />
              )}
            />
            <Label htmlFor="enabled">{t.form.enabled}</Label>
          </div>
          {numericParams.length > 0 && (
            <fieldset className="grid grid-cols-2 gap-4">
              <legend className="txt-compact-small-plus mb-2">
                {t.form.params}
              </legend>
              {numericParams.map((name) => (
                <div key={name} className="flex flex-col gap-y-1">
                  <Label htmlFor={`params.${name}`}>{name}</Label>
                  <Input
                    id={`params.${name}`}
                    type="number"
                    {...register(`params.${name}`, { valueAsNumber: true })}
                  />
                  <FieldError
                    message={formState.errors.params?.[name]?.message}
                  />
                </div>
              ))}
            </fieldset>
          )}
          {reminder.key === "holiday" && (
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="holidays">{t.form.holidays}</Label>
              <Textarea
                id="holidays"
                rows={6}
                className="font-mono"
                {...register("holidays")}
              />
              <FieldError message={formState.errors.holidays?.message} />
            </div>
          )}
          <div className="flex flex-col gap-y-2">
            <Label>{t.form.channels}</Label>
            <Controller
              control={control}
              name="channels"
              render={({ field }) => (
                <div className="flex gap-x-4">
                  {(["email", "sms"] as const).map((channel) => (
                    <label
                      key={channel}
                      className="flex items-center gap-x-2 txt-compact-small"
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
                      {channel}
                    </label>
                  ))}
                </div>
              )}
            />
            <FieldError message={formState.errors.channels?.message} />
          </div>
          <div className="grid grid-cols-2 gap-4">
            <div className="flex flex-col gap-y-1">
              <Label>{t.form.offer}</Label>
              <Controller
                control={control}
                name="offer_type"
                render={({ field }) => (
                  <Select value={field.value} onValueChange={field.onChange}>
                    <Select.Trigger>
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      <Select.Item value="none">{t.form.offerNone}</Select.Item>
                      <Select.Item value="promotion">
                        {t.form.offerPromotion}
                      </Select.Item>
                      <Select.Item value="points">
                        {t.form.offerPoints}
                      </Select.Item>
                    </Select.Content>
                  </Select>
                )}
              />
            </div>
            {offerType === "promotion" && (
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="offer_code">{t.form.offerPromotion}</Label>
                <Input id="offer_code" {...register("offer_code")} />
                <FieldError message={formState.errors.offer_code?.message} />
              </div>
            )}
            {offerType === "points" && (
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="offer_points">{t.form.offerPoints}</Label>
                <Input
                  id="offer_points"
                  inputMode="numeric"
                  {...register("offer_points")}
                />
                <FieldError message={formState.errors.offer_points?.message} />
              </div>
            )}
          </div>
          <ReminderTemplateEditor reminderKey={reminder.key} />
          <ReminderTestSend reminderKey={reminder.key} />
          <FieldError message={formState.errors.root?.message} />
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button">
              {t.cancel}
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" isLoading={update.isPending}>
            {t.save}
          </Button>
        </Drawer.Footer>
      </form>
    </FormProvider>
  )
}
