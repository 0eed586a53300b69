import { model } from "@medusajs/framework/utils"

import { MEMBER_STAGES } from "../types"

/**
 * One row per customer. Derived columns are only ever written by the
 * derivation SQL (see sql/derive-metrics.ts); profile columns only by
 * syncProfiles; tier columns only by setMemberTiers; points columns only by
 * setPointsBalances; RFM columns only by the scoring SQL (sql/rfm.ts). Money is in the membership currency (`currency_code`).
 */
export const CustomerMetrics = model
  .define(
    { name: "CustomerMetrics", tableName: "mbr_customer_metrics" },
    {
      id: model.id({ prefix: "mbrcm" }).primaryKey(),
      customer_id: model.text(),
      // derived from order facts
      currency_code: model.text().nullable(),
      order_count: model.number().default(0),
      paid_order_count: model.number().default(0),
      total_spent: model.bigNumber().default(0).nullable(),
      aov: model.bigNumber().default(0).nullable(),
      aov_90d: model.bigNumber().default(0).nullable(),
      aov_365d: model.bigNumber().default(0).nullable(),
      max_order: model.bigNumber().default(0).nullable(),
      first_order_at: model.dateTime().nullable(),
      last_order_at: model.dateTime().nullable(),
      unpaid_order_count: model.number().default(0),
      oldest_unpaid_at: model.dateTime().nullable(),
      cancel_count: model.number().default(0),
      cancel_rate: model.float().default(0),
      refund_total: model.bigNumber().default(0).nullable(),
      refund_rate: model.float().default(0),
      return_count: model.number().default(0),
      country_code: model.text().nullable(),
      computed_at: model.dateTime().nullable(),
      // copied from the customer and membership
      email: model.text().nullable(),
      first_name: model.text().nullable(),
      last_name: model.text().nullable(),
      signup_at: model.dateTime().nullable(),
      stage: model.enum([...MEMBER_STAGES]).nullable(),
      birthday_month: model.number().nullable(),
      birthday_day: model.number().nullable(),
      tags: model.array().default([]),
      email_consent: model.boolean().default(false),
      sms_consent: model.boolean().default(false),
      // written by the tier evaluation
      tier_id: model.text().nullable(),
      tier_rank: model.number().nullable(),
      // written by the points ledger
      points_available: model.number().default(0),
      points_pending: model.number().default(0),
      // RFM quintile scores (1-5) and group, from the stored cutoffs (sql/rfm.ts); null for non-buyers
      rfm_recency: model.number().nullable(),
      rfm_frequency: model.number().nullable(),
      rfm_monetary: model.number().nullable(),
      rfm_group: model.text().nullable(),
      // how many of the 99 spend percentiles the member's spend reaches (0-99)
      spend_percentile: model.number().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mbr_customer_metrics_customer_id_unique",
      on: ["customer_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_customer_metrics_total_spent",
      on: ["total_spent"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_customer_metrics_order_count",
      on: ["order_count"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_customer_metrics_last_order_at",
      on: ["last_order_at"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_customer_metrics_aov",
      on: ["aov"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_customer_metrics_stage",
      on: ["stage"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_customer_metrics_tags",
      on: ["tags"],
      type: "GIN",
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_customer_metrics_birthday",
      on: ["birthday_month", "birthday_day"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_customer_metrics_tier_rank",
      on: ["tier_rank"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_customer_metrics_rfm_group",
      on: ["rfm_group"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_customer_metrics_spend_percentile",
      on: ["spend_percentile"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_customer_metrics_email",
      on: ["email"],
      where: "deleted_at IS NULL",
    },
  ])
