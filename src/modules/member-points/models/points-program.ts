import { model } from "@medusajs/framework/utils"

/**
 * The store's points program (one row, handle "default"). Rates are per unit of
 * the membership currency; points are integers, money is in that currency.
 */
export const PointsProgram = model
  .define(
    { name: "PointsProgram", tableName: "mbr_points_program" },
    {
      id: model.id({ prefix: "mbrpp" }).primaryKey(),
      handle: model.text().default("default"),
      enabled: model.boolean().default(true),
      currency_code: model.text().nullable(),
      // points per currency unit of the earn base (item subtotal after discounts)
      earn_rate: model.float().default(1),
      // money one point is worth when redeemed
      point_value: model.float().default(0.01),
      min_redeem_points: model.number().default(100),
      // the largest share (0..1) of an order's total points may pay
      max_redeem_share: model.float().default(0.5),
      // months a lot stays spendable once available; null: never expires
      expiry_months: model.number().nullable(),
      // days after delivery a lot stays pending (the return window)
      pending_days: model.number().default(14),
      signup_bonus: model.number().default(0),
      checkin_bonus: model.number().default(0),
      // extra points on every 7th consecutive check-in day
      checkin_streak_bonus: model.number().default(0),
      review_bonus: model.number().default(0),
      birthday_bonus: model.number().default(0),
      tier_up_bonus: model.number().default(0),
      // an event (e.g. "review.created" { customer_id, id }) that grants the review bonus
      // IANA zone of the store's calendar day (check-ins, birthdays)
      timezone: model.text().default("UTC"),
      // "clamp": a refund reverses what is left and records the shortfall
      reversal_policy: model.enum(["clamp"]).default("clamp"),
    }
  )
  .indexes([
    {
      name: "IDX_mbr_points_program_handle_unique",
      on: ["handle"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
