import { z } from "zod"

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
