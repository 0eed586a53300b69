import { model } from "@medusajs/framework/utils"

/**
 * One row per order: the facts member metrics are derived from.
 * Money is in the order's own currency; "unpaid" = paid_at and canceled_at null.
 * customer_id is null once the customer was deleted: the fact stays, anonymous,
 * so store totals stay true.
 */
export const OrderFact = model
  .define(
    { name: "OrderFact", tableName: "mbr_order_fact" },
    {
      id: model.id({ prefix: "mbrof" }).primaryKey(),
      order_id: model.text(),
      customer_id: model.text().nullable(),
      currency_code: model.text(),
      country_code: model.text().nullable(),
      item_subtotal: model.bigNumber(),
      shipping_total: model.bigNumber(),
      discount_total: model.bigNumber(),
      total: model.bigNumber(),
      paid_total: model.bigNumber(),
      refunded_total: model.bigNumber(),
      returned_item_count: model.number().default(0),
      placed_at: model.dateTime(),
      paid_at: model.dateTime().nullable(),
      canceled_at: model.dateTime().nullable(),
      shipped_at: model.dateTime().nullable(),
      delivered_at: model.dateTime().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mbr_order_fact_order_id_unique",
      on: ["order_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_order_fact_customer_id_placed_at",
      on: ["customer_id", "placed_at"],
      where: "deleted_at IS NULL",
    },
  ])
