import { model } from "@medusajs/framework/utils"

/** One member of a segment as of its last refresh; only entries and exits are written. */
export const SegmentMember = model
  .define(
    { name: "SegmentMember", tableName: "mbr_segment_member" },
    {
      id: model.id({ prefix: "mbrsgm" }).primaryKey(),
      segment_id: model.text(),
      customer_id: model.text(),
      entered_at: model.dateTime(),
    }
  )
  .indexes([
    {
      name: "IDX_mbr_segment_member_unique",
      on: ["segment_id", "customer_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_segment_member_customer_id",
      on: ["customer_id"],
      where: "deleted_at IS NULL",
    },
  ])
