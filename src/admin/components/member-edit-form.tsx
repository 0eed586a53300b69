import { zodResolver } from "@hookform/resolvers/zod"
import { Button, DatePicker, Drawer, Switch, toast } from "@medusajs/ui"
import { useMemo } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { useUpdateMember } from "../hooks/members"
import { MEMBERSHIP_NS } from "../i18n/define"
import {
  calendarDateOf,
  dateOfCalendarDate,
  todayCalendarDate,
} from "../lib/calendar-date"
import {
  memberFormChanges,
  memberFormSchema,
  memberFormValues,
  memberIssueMessage,
} from "../lib/member-form"
import type { AdminMember } from "../lib/types"
import { zodIssueMessages } from "../lib/zod-issue-message"
import { FormField } from "./form-field"
import { TagsInput } from "./tags-input"

type MemberEditFormProps = { member: AdminMember; onDone: () => void }

export const MemberEditForm = ({ member, onDone }: MemberEditFormProps) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const resolver = useMemo(
    () =>
      zodResolver(memberFormSchema(todayCalendarDate()), {
        error: zodIssueMessages(t, memberIssueMessage(t)),
      }),
    [t]
  )
  const form = useForm({ resolver, defaultValues: memberFormValues(member) })
  const { mutate, isPending } = useUpdateMember(member.customer_id)

  const handleSubmit = form.handleSubmit((values) => {
    const changes = memberFormChanges(member, values)
    if (!changes) {
      onDone()
      return
    }
    mutate(changes, {
      onSuccess: () => {
        toast.success(t("memberEdit.saved"))
        onDone()
      },
      onError: (error) => toast.error(error.message),
    })
  })

  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      className="flex flex-1 flex-col overflow-hidden"
    >
      <Drawer.Body className="flex flex-1 flex-col gap-y-8 overflow-y-auto">
        <FormField
          control={form.control}
          name="tags"
          label={t("memberEdit.tags")}
          hint={t("memberEdit.tagsHint")}
          render={({ field, controlProps }) => (
            <TagsInput
              {...controlProps}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        />
        <FormField
          control={form.control}
          name="birthday"
          label={t("memberEdit.birthday")}
          hint={t("memberEdit.birthdayHint")}
          render={({ field, controlProps }) => (
            <DatePicker
              id={controlProps.id}
              aria-describedby={controlProps["aria-describedby"]}
              isInvalid={controlProps["aria-invalid"]}
              size="small"
              granularity="day"
              maxValue={new Date()}
              value={field.value ? dateOfCalendarDate(field.value) : null}
              onChange={(date) =>
                field.onChange(date ? calendarDateOf(date) : null)
              }
            />
          )}
        />
        {(["email", "sms"] as const).map((channel) => (
          <FormField
            key={channel}
            control={form.control}
            name={`consents.${channel}`}
            layout="inline"
            label={t(`memberEdit.${channel}Consent`)}
            render={({ field, controlProps }) => (
              <Switch
                {...controlProps}
                checked={field.value}
                onCheckedChange={field.onChange}
              />
            )}
          />
        ))}
      </Drawer.Body>
      <Drawer.Footer>
        <div className="flex items-center justify-end gap-x-2">
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button">
              {t("common.actions.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" isLoading={isPending}>
            {t("common.actions.save")}
          </Button>
        </div>
      </Drawer.Footer>
    </form>
  )
}
