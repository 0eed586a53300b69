import { MedusaError } from "@medusajs/framework/utils"
import type { ProfileActor, UpdateProfileInput } from "../types"
import { parseBirthday, type BirthdaySource } from "./birthday"
import { validateTags } from "./tags"

export type ProfileState = {
  birthday: string | null
  birthday_set_by: BirthdaySource | null
  tags: string[]
  email_consent: boolean
  email_consent_at: Date | null
  sms_consent: boolean
  sms_consent_at: Date | null
  locale?: string | null
}

type BirthdayChange = Pick<ProfileState, "birthday" | "birthday_set_by">

function birthdayChange(
  current: ProfileState,
  birthday: string | null,
  actor: ProfileActor,
  now: Date
): BirthdayChange | undefined {
  const next = birthday === null ? null : parseBirthday(birthday, now)
  if (next === current.birthday) {
    return undefined
  }
  if (actor === "customer" && current.birthday !== null) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "birthday is already set and can only be changed by the store"
    )
  }
  return { birthday: next, birthday_set_by: next === null ? null : actor }
}

const sameTags = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((tag, index) => tag === b[index])

/**
 * The fields to write for a profile update, or an empty object when nothing
 * changes. Consent timestamps move only when the consent value changes.
 */
export function profileChanges(
  current: ProfileState,
  input: UpdateProfileInput,
  actor: ProfileActor,
  now: Date = new Date()
): Partial<ProfileState> {
  const changes: Partial<ProfileState> = {}
  if (input.birthday !== undefined) {
    Object.assign(changes, birthdayChange(current, input.birthday, actor, now))
  }
  if (input.tags !== undefined) {
    const tags = validateTags(input.tags)
    if (!sameTags(tags, current.tags)) {
      changes.tags = tags
    }
  }
  if (
    input.email_consent !== undefined &&
    input.email_consent !== current.email_consent
  ) {
    changes.email_consent = input.email_consent
    changes.email_consent_at = now
  }
  if (
    input.sms_consent !== undefined &&
    input.sms_consent !== current.sms_consent
  ) {
    changes.sms_consent = input.sms_consent
    changes.sms_consent_at = now
  }
  if (input.locale !== undefined && input.locale !== (current.locale ?? null)) {
    changes.locale = input.locale
  }
  return changes
}
