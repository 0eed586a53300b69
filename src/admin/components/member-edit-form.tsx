import { Button, Drawer, Input, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useUpdateMember } from "../hooks/members"
import { messages } from "../lib/i18n"
import { todayCalendarDate } from "../lib/format"
import {
  memberFormChanges,
  memberFormValues,
  type MemberFormValues,
} from "../lib/member-form"
import type { AdminMember } from "../lib/types"
import { Field, SwitchField } from "./form-fields"
import { TagsInput } from "./tags-input"

const copy = messages.editDrawer

export const MemberEditForm = ({
  member,
  onDone,
}: {
  member: AdminMember
  onDone: () => void
}) => {
  const [values, setValues] = useState<MemberFormValues>(() =>
    memberFormValues(member)
  )
  const { mutate, isPending } = useUpdateMember(member.customer_id)
  const set =
    <K extends keyof MemberFormValues>(key: K) =>
    (value: MemberFormValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }))

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const changes = memberFormChanges(member, values)
    if (!changes) {
      onDone()
      return
    }
    mutate(changes, {
      onSuccess: () => {
        toast.success(copy.saved)
        onDone()
      },
      onError: (error) => toast.error(error.message),
    })
  }

  return (
    <form
      onSubmit={handleSubmit}
      className="flex flex-1 flex-col overflow-hidden"
    >
      <Drawer.Body className="flex flex-1 flex-col gap-y-8 overflow-y-auto">
        <Field label={copy.tags} htmlFor="member-tags" hint={copy.tagsHint}>
          <TagsInput
            id="member-tags"
            value={values.tags}
            onChange={set("tags")}
            aria-describedby="member-tags-hint"
          />
        </Field>
        <Field
          label={copy.birthday}
          htmlFor="member-birthday"
          hint={copy.birthdayHint}
        >
          <Input
            id="member-birthday"
            type="date"
            size="small"
            max={todayCalendarDate()}
            value={values.birthday}
            onChange={(event) => set("birthday")(event.target.value)}
            aria-describedby="member-birthday-hint"
          />
        </Field>
        <SwitchField
          id="member-email-consent"
          label={copy.emailConsent}
          checked={values.emailConsent}
          onCheckedChange={set("emailConsent")}
        />
        <SwitchField
          id="member-sms-consent"
          label={copy.smsConsent}
          checked={values.smsConsent}
          onCheckedChange={set("smsConsent")}
        />
      </Drawer.Body>
      <Drawer.Footer>
        <div className="flex items-center justify-end gap-x-2">
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button">
              {copy.cancel}
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" isLoading={isPending}>
            {copy.save}
          </Button>
        </div>
      </Drawer.Footer>
    </form>
  )
}
