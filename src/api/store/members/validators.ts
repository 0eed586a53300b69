import { z } from "zod"
import { birthdayField, consentsField } from "../../utils/member-fields"

export const StoreUpdateMember = z
  .object({
    birthday: birthdayField.optional(),
    consents: consentsField.optional(),
  })
  .strict()
export type StoreUpdateMemberType = z.infer<typeof StoreUpdateMember>
