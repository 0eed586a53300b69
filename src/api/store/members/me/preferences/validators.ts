import { z } from "zod"
import { consentsField } from "../../../../utils/member-fields"

const bcp47 = z
  .string()
  .regex(
    /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
    "locale must be a BCP 47 language tag such as en or zh-CN"
  )

export const StoreUpdatePreferences = z
  .object({
    locale: bcp47.nullable().optional(),
    // marketing consent per channel
    channels: consentsField.optional(),
  })
  .strict()
export type StoreUpdatePreferencesType = z.infer<typeof StoreUpdatePreferences>
