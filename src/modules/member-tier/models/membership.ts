import { model } from "@medusajs/framework/utils"
import { BIRTHDAY_SOURCES } from "../utils/birthday"
import { MEMBER_STAGES } from "../../../types/member-stage"

// birthday is a calendar date kept as "YYYY-MM-DD" text: DML has no date-only
// type, a timestamp would shift with time zones, and the text sorts and slices
// (month-day) for birthday campaigns without conversions.
const Membership = model
  .define(
    { name: "Membership", tableName: "mbr_membership" },
    {
      id: model.id({ prefix: "mbrms" }).primaryKey(),
      customer_id: model.text(),
      stage: model.enum([...MEMBER_STAGES]).default("registered"),
      stage_changed_at: model.dateTime().nullable(),
      joined_at: model.dateTime(),
      birthday: model.text().nullable(),
      birthday_set_by: model.enum([...BIRTHDAY_SOURCES]).nullable(),
      tags: model.array().default([]),
      email_consent: model.boolean().default(false),
      email_consent_at: model.dateTime().nullable(),
      sms_consent: model.boolean().default(false),
      sms_consent_at: model.dateTime().nullable(),
      // BCP 47 language the member reads messages in (e.g. "en", "zh-CN"); null: the store default
      locale: model.text().nullable(),
      // the tier the member holds; null until the ladder first evaluates them
      tier_id: model.text().nullable(),
      tier_since: model.dateTime().nullable(),
      // the last evaluation that found the member qualifying for their tier: grace runs from here
      tier_qualified_at: model.dateTime().nullable(),
      tier_pinned: model.boolean().default(false),
    }
  )
  .indexes([
    {
      name: "IDX_mbr_membership_customer_id_unique",
      on: ["customer_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_membership_tier_id",
      on: ["tier_id"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_membership_stage",
      on: ["stage"],
      where: "deleted_at IS NULL",
    },
  ])
  .checks([
    {
      name: "mbr_membership_birthday_format",
      expression: (columns) =>
        `${columns.birthday} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`,
    },
  ])

export default Membership
