import { model } from "@medusajs/framework/utils"

/**
 * One row per order line: what a member bought, for "bought from category X in
 * the last 90 days" rules (looked up through its purchase keys). Rewritten with its order's fact; net_amount is the
 * line's subtotal after its discounts, in the order's currency. customer_id is
 * null once the customer was deleted.
 */
export const OrderLineFact = model
  .define(
    { name: "OrderLineFact", tableName: "mbr_order_line_fact" },
    {
      id: model.id({ prefix: "mbrol" }).primaryKey(),
      order_id: model.text(),
      line_item_id: model.text(),
      customer_id: model.text().nullable(),
      product_id: model.text().nullable(),
      variant_id: model.text().nullable(),
      category_ids: model.array().default([]),
      collection_id: model.text().nullable(),
      quantity: model.number(),
      net_amount: model.bigNumber(),
      currency_code: model.text(),
      placed_at: model.dateTime(),
      canceled_at: model.dateTime().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mbr_order_line_fact_line_item_id_unique",
      on: ["line_item_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_order_line_fact_order_id",
      on: ["order_id"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_order_line_fact_customer_id_placed_at",
      on: ["customer_id", "placed_at"],
      where: "deleted_at IS NULL",
    },
  ])
