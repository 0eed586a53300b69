import type { AdminMember, AdminUpdateMember } from "./types"

export type MemberFormValues = {
  tags: string[]
  birthday: string
  emailConsent: boolean
  smsConsent: boolean
}

export const memberFormValues = (member: AdminMember): MemberFormValues => ({
  tags: member.tags,
  birthday: member.birthday ?? "",
  emailConsent: member.consents.email.granted,
  smsConsent: member.consents.sms.granted,
})

const sameTags = (a: string[], b: string[]) =>
  a.length === b.length && a.every((tag, index) => tag === b[index])

/** Only what the admin changed, so untouched fields are never re-sent. */
export const memberFormChanges = (
  member: AdminMember,
  values: MemberFormValues
): AdminUpdateMember | null => {
  const body: AdminUpdateMember = {}
  if (!sameTags(values.tags, member.tags)) {
    body.tags = values.tags
  }
  const birthday = values.birthday || null
  if (birthday !== member.birthday) {
    body.birthday = birthday
  }
  const consents: NonNullable<AdminUpdateMember["consents"]> = {}
  if (values.emailConsent !== member.consents.email.granted) {
    consents.email = values.emailConsent
  }
  if (values.smsConsent !== member.consents.sms.granted) {
    consents.sms = values.smsConsent
  }
  if (Object.keys(consents).length) {
    body.consents = consents
  }
  return Object.keys(body).length ? body : null
}
