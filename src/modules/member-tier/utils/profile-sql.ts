import type { ProfileState } from "./profile"

const PROFILE_COLUMNS: Record<keyof ProfileState, string> = {
  birthday: "?::text",
  birthday_set_by: "?::text",
  // as JSON, so every tag stays the text it is (an array literal would read "null" as NULL)
  tags: "ARRAY(SELECT jsonb_array_elements_text(?::jsonb))",
  email_consent: "?::boolean",
  email_consent_at: "?::timestamptz",
  sms_consent: "?::boolean",
  sms_consent_at: "?::timestamptz",
}

/** One UPDATE of a membership's profile fields, with its bindings. */
export function profileUpdate(id: string, fields: Partial<ProfileState>) {
  const entries = Object.entries(fields) as [keyof ProfileState, unknown][]
  const sets = entries.map(([field]) => `${field} = ${PROFILE_COLUMNS[field]}`)
  const bindings = entries.map(([field, value]) =>
    field === "tags" ? JSON.stringify(value) : value
  )
  return {
    sql: `UPDATE mbr_membership SET ${sets.join(", ")}, updated_at = now()
          WHERE id = ? AND deleted_at IS NULL`,
    bindings: [...bindings, id],
  }
}
