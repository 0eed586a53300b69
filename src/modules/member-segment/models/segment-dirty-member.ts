import { model } from "@medusajs/framework/utils"

/**
 * A member whose metrics changed since segments last looked at them: written by
 * the metrics-changed subscriber, drained by the segment refresh job. Lives in
 * the database so a debounced refresh survives restarts.
 */
export const SegmentDirtyMember = model
  .define(
    { name: "SegmentDirtyMember", tableName: "mbr_segment_dirty_member" },
    {
      id: model.id({ prefix: "mbrsgd" }).primaryKey(),
      customer_id: model.text(),
      marked_at: model.dateTime(),
    }
  )
  .indexes([
    {
      name: "IDX_mbr_segment_dirty_member_customer_id_unique",
      on: ["customer_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
