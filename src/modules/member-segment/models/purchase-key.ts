import { model } from "@medusajs/framework/utils"

/**
 * What a live (not canceled) order can be found by: one row per product,
 * category and collection of its lines (sql/purchase-keys.ts spells the keys),
 * written with the order's lines. `purchased` rules look members up here with
 * one index range per key instead of reading every recent line.
 */
export const PurchaseKey = model
  .define(
    { name: "PurchaseKey", tableName: "mbr_purchase_key" },
    {
      id: model.id({ prefix: "mbrpk" }).primaryKey(),
      key: model.text(),
      order_id: model.text(),
      customer_id: model.text().nullable(),
      placed_at: model.dateTime(),
    }
  )
  .indexes([
    {
      // key and window first; customer and order in the index for index-only lookups
      name: "IDX_mbr_purchase_key_lookup",
      on: ["key", "placed_at", "customer_id", "order_id"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_purchase_key_order_id",
      on: ["order_id"],
      where: "deleted_at IS NULL",
    },
  ])
