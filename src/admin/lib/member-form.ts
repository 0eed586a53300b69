import { AdminUpdateMember } from "../../api/admin/members/validators"
import { consentsField } from "../../api/utils/member-fields"
import type { z } from "zod"
import type { AdminMember, AdminUpdateMember as UpdateBody } from "./types"
import type { MembershipT, ZodIssue } from "./zod-issue-message"

/**
 * The edit drawer validates with the server's update schema, every field
 * present, plus the module's rule that a birthday is not in the future.
 */
export const memberFormSchema = (today: string) =>
  AdminUpdateMember.required()
    .extend({ consents: consentsField.required() })
    .refine((body) => !body.birthday || body.birthday <= today, {
      path: ["birthday"],
      params: { rule: "birthday_in_future" },
    })

type MemberFormSchema = ReturnType<typeof memberFormSchema>
export type MemberFormValues = z.input<MemberFormSchema>
export type MemberFormOutput = z.output<MemberFormSchema>

export const memberFormValues = (member: AdminMember): MemberFormValues => ({
  tags: member.tags,
  birthday: member.birthday,
  consents: {
    email: member.consents.email.granted,
    sms: member.consents.sms.granted,
  },
})

/** The drawer's own words: which tag is too long, a birthday in the future. */
export const memberIssueMessage =
  (t: MembershipT) =>
  (issue: ZodIssue): string | undefined => {
    const [field] = issue.path ?? []
    if (
      field === "tags" &&
      issue.code === "too_big" &&
      issue.origin === "string"
    ) {
      return t("memberEdit.errors.tagTooLong", {
        count: Number(issue.maximum),
        tag: String(issue.input),
      })
    }
    if (
      issue.code === "custom" &&
      issue.params?.rule === "birthday_in_future"
    ) {
      return t("memberEdit.errors.birthdayInFuture")
    }
    return undefined
  }

const sameTags = (a: string[], b: string[]) =>
  a.length === b.length && a.every((tag, index) => tag === b[index])

/** Only what the admin changed, so untouched fields are never re-sent. */
export const memberFormChanges = (
  member: AdminMember,
  values: MemberFormOutput
): UpdateBody | null => {
  const body: UpdateBody = {}
  if (!sameTags(values.tags, member.tags)) {
    body.tags = values.tags
  }
  if (values.birthday !== member.birthday) {
    body.birthday = values.birthday
  }
  const consents: NonNullable<UpdateBody["consents"]> = {}
  if (values.consents.email !== member.consents.email.granted) {
    consents.email = values.consents.email
  }
  if (values.consents.sms !== member.consents.sms.granted) {
    consents.sms = values.consents.sms
  }
  if (Object.keys(consents).length) {
    body.consents = consents
  }
  return Object.keys(body).length ? body : null
}
