import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Input, Label, Select, toast } from "@medusajs/ui"
import { Controller, useForm } from "react-hook-form"
import { z } from "zod"
import { useTestSend } from "../hooks/reminders"
import { fill, useReminderStrings } from "../lib/reminder-i18n"
import type { ReminderKey } from "../lib/reminder-types"
import { FieldError } from "./field-error"

// the server's rule (AdminTestSendReminder): an address, a template language
const schema = z.object({
  to: z.string().email("to must be an email address"),
  locale: z.enum(["en", "zh-CN"]),
})
type Values = z.infer<typeof schema>

/** Sends the saved reminder, rendered for a sample member, to an address (not a nested form). */
export const ReminderTestSend = ({
  reminderKey,
}: {
  reminderKey: ReminderKey
}) => {
  const t = useReminderStrings()
  const send = useTestSend(reminderKey)
  const { register, control, handleSubmit, formState, setError } =
    useForm<Values>({
      defaultValues: { to: "", locale: "en" },
      resolver: zodResolver(schema),
    })
  const submit = handleSubmit((values) =>
    send.mutate(values, {
      onSuccess: () => toast.success(fill(t.testSend.sent, { to: values.to })),
      onError: (error) => setError("to", { message: error.message }),
    })
  )
  return (
    <div className="flex flex-col gap-y-2 rounded-md border p-3">
      <Label htmlFor="test-send-to">{t.testSend.title}</Label>
      <div className="flex items-start gap-x-2">
        <div className="flex flex-1 flex-col gap-y-1">
          <Input
            id="test-send-to"
            placeholder={t.testSend.to}
            {...register("to")}
          />
          <FieldError message={formState.errors.to?.message} />
        </div>
        <Controller
          control={control}
          name="locale"
          render={({ field }) => (
            <Select value={field.value} onValueChange={field.onChange}>
              <Select.Trigger className="w-40">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="en">{t.languages.en}</Select.Item>
                <Select.Item value="zh-CN">{t.languages["zh-CN"]}</Select.Item>
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
          {t.testSend.send}
        </Button>
      </div>
    </div>
  )
}
