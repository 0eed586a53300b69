import { model } from "@medusajs/framework/utils"

/** One per member. Its row is locked (FOR UPDATE) by every debit. */
export const PointsAccount = model
  .define(
    { name: "PointsAccount", tableName: "mbr_points_account" },
    {
      id: model.id({ prefix: "mbrpa" }).primaryKey(),
      customer_id: model.text(),
      // the last store-time-zone day the member checked in ("YYYY-MM-DD") and the run length
      last_checkin_day: model.text().nullable(),
      checkin_streak: model.number().default(0),
    }
  )
  .indexes([
    {
      name: "IDX_mbr_points_account_customer_id_unique",
      on: ["customer_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
