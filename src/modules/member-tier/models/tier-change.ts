import { model } from "@medusajs/framework/utils"
import { TIER_CHANGE_REASONS } from "../utils/ladder"

/** A member's move between tiers; append-only history. */
const TierChange = model
  .define(
    { name: "TierChange", tableName: "mbr_tier_change" },
    {
      id: model.id({ prefix: "mbrtc" }).primaryKey(),
      customer_id: model.text(),
      from_tier_id: model.text().nullable(),
      to_tier_id: model.text().nullable(),
      reason: model.enum([...TIER_CHANGE_REASONS]),
      // the qualifying value when the move happened (spend, orders or points)
      value: model.bigNumber().nullable(),
      actor: model.text().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mbr_tier_change_customer_id",
      on: ["customer_id", "created_at"],
      where: "deleted_at IS NULL",
    },
  ])

export default TierChange
