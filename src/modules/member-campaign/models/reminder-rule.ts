import { model } from "@medusajs/framework/utils"

/**
 * One routine reminder a merchant configures. `params` and `templates` are
 * validated per reminder key (see reminders/catalog.ts) before they are stored.
 */
export const ReminderRule = model
  .define(
    { name: "ReminderRule", tableName: "mbr_reminder_rule" },
    {
      id: model.id({ prefix: "mbrrr" }).primaryKey(),
      key: model.text(),
      enabled: model.boolean().default(false),
      params: model.json().default({}),
      // per locale: { subject?, html?, text? } Liquid sources overriding the built-in ones
      templates: model.json().default({}),
      // channels in order of preference; the first one the member can receive on is used
      channels: model.array().default(["email"]),
      // { type: "promotion", code } | { type: "points", points } | null
      offer: model.json().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mbr_reminder_rule_key_unique",
      on: ["key"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
