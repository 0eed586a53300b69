import { model } from "@medusajs/framework/utils"
import { TIER_BASES, TIER_WINDOWS } from "../utils/ladder"

/**
 * One rung of the ladder. Rank 0 with threshold 0 is the base tier every member
 * holds. The plugin creates and keeps the tier's customer group (member prices
 * and free shipping hang off it), its price list and its free-shipping promotion.
 */
const Tier = model
  .define(
    { name: "Tier", tableName: "mbr_tier" },
    {
      id: model.id({ prefix: "mbrtr" }).primaryKey(),
      name: model.text(),
      handle: model.text(),
      rank: model.number(),
      basis: model.enum([...TIER_BASES]).default("spend"),
      // money in the membership currency for "spend", a count otherwise
      threshold: model.bigNumber(),
      window: model.enum([...TIER_WINDOWS]).default("lifetime"),
      window_days: model.number().nullable(),
      grace_days: model.number().default(0),
      points_multiplier: model.float().default(1),
      cashback_rate: model.float().default(0),
      free_shipping: model.boolean().default(false),
      free_shipping_min_subtotal: model.bigNumber().nullable(),
      birthday_bonus_points: model.number().nullable(),
      description: model.text().nullable(),
      customer_group_id: model.text().nullable(),
      price_list_id: model.text().nullable(),
      promotion_id: model.text().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mbr_tier_rank_unique",
      on: ["rank"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_tier_handle_unique",
      on: ["handle"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])

export default Tier
