import { model } from "@medusajs/framework/utils"

/**
 * The quintile cutoffs RFM scores are read from: recomputed over the whole
 * buyer pool by every full rebuild and the daily rescoring, and applied to
 * single members as their metrics change in between. One row, key "current".
 */
export const RfmCutoffs = model
  .define(
    { name: "RfmCutoffs", tableName: "mbr_rfm_cutoffs" },
    {
      id: model.id({ prefix: "mbrrfm" }).primaryKey(),
      key: model.text(),
      // 20th, 40th, 60th, 80th percentiles (percentile_disc) of the buyers' values
      recency: model.json().nullable(),
      frequency: model.json().nullable(),
      monetary: model.json().nullable(),
      // 1st..99th percentiles of total spent
      spend: model.json().nullable(),
      member_count: model.number().default(0),
      computed_at: model.dateTime(),
    }
  )
  .indexes([
    {
      name: "IDX_mbr_rfm_cutoffs_key_unique",
      on: ["key"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
