import { model } from "@medusajs/framework/utils"

/** A saved audience: a rule (maybe opened from a preset) and its materialised members. */
export const Segment = model
  .define(
    { name: "Segment", tableName: "mbr_segment" },
    {
      id: model.id({ prefix: "mbrseg" }).primaryKey(),
      name: model.text(),
      description: model.text().nullable(),
      rule: model.json(),
      preset: model.text().nullable(),
      preset_params: model.json().nullable(),
      last_count: model.number().default(0),
      computed_at: model.dateTime().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mbr_segment_name",
      on: ["name"],
      where: "deleted_at IS NULL",
    },
  ])
