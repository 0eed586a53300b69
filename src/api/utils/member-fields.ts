import { z } from "zod"

// NUL and the other C0 controls (and DEL) never belong in names, tags or searches.
// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/

/** A string without control characters; the message names the field. */
export const plainText = (field: string) =>
  z.string().refine((value) => !CONTROL_CHARACTERS.test(value), {
    message: `${field} must not contain control characters`,
  })

/** Shape only; whether the date is real and not in the future is the module's rule. */
export const birthdayField = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}$/,
    "birthday must be a date in the form YYYY-MM-DD"
  )

export const consentsField = z
  .object({ email: z.boolean().optional(), sms: z.boolean().optional() })
  .strict()

export const consentChanges = (consents?: {
  email?: boolean
  sms?: boolean
}) => ({
  email_consent: consents?.email,
  sms_consent: consents?.sms,
})
