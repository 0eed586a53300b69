import { z } from "zod"
import {
  MEMBER_SORT_FIELDS,
  MEMBER_STAGES,
} from "../../../modules/member-segment/types"
import { MAX_SEARCH_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } from "../../../limits"
import {
  birthdayField,
  consentsField,
  plainText,
} from "../../utils/member-fields"

const booleanFlag = z
  .enum(["true", "false"])
  .transform((value) => value === "true")

const ORDER_VALUES = MEMBER_SORT_FIELDS.flatMap((field) => [
  field,
  `-${field}`,
]) as [string, ...string[]]

export const AdminListMembersParams = z
  .object({
    q: plainText("q").trim().min(1).max(MAX_SEARCH_LENGTH).optional(),
    stage: z.enum(MEMBER_STAGES).optional(),
    tag: plainText("tag")
      .trim()
      .toLowerCase()
      .min(1)
      .max(MAX_TAG_LENGTH)
      .optional(),
    email_consent: booleanFlag.optional(),
    sms_consent: booleanFlag.optional(),
    order: z.enum(ORDER_VALUES).default("-total_spent"),
    offset: z.coerce.number().int().min(0).default(0),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict()
export type AdminListMembersParamsType = z.infer<typeof AdminListMembersParams>

export const AdminUpdateMember = z
  .object({
    birthday: birthdayField.nullable().optional(),
    tags: z
      .array(plainText("tags").trim().min(1).max(MAX_TAG_LENGTH))
      .max(MAX_TAGS)
      .optional(),
    consents: consentsField.optional(),
  })
  .strict()
export type AdminUpdateMemberType = z.infer<typeof AdminUpdateMember>
