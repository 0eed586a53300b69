import { model } from "@medusajs/framework/utils"

export const REEVALUATION_STATUSES = [
  "pending",
  "running",
  "completed",
  "failed",
  "superseded",
] as const
export type ReevaluationStatus = (typeof REEVALUATION_STATUSES)[number]

/** What asked for every member to be evaluated. */
export const REEVALUATION_TRIGGERS = [
  "ladder_changed",
  "backfill",
  "daily",
] as const
export type ReevaluationTrigger = (typeof REEVALUATION_TRIGGERS)[number]

/**
 * One pass of every member through the tier evaluation, a page at a time in
 * customer id order; its cursor makes it resumable, its lease (runner id and
 * heartbeat) gives it to one worker. A newer run supersedes an active one.
 */
const TierReevaluation = model
  .define(
    { name: "TierReevaluation", tableName: "mbr_tier_reevaluation" },
    {
      id: model.id({ prefix: "mbrtre" }).primaryKey(),
      status: model.enum([...REEVALUATION_STATUSES]).default("pending"),
      trigger: model.enum([...REEVALUATION_TRIGGERS]),
      // fingerprint of the ladder's qualification rules when the run started
      ladder_key: model.text(),
      // every page decides at this moment, so a repeated page writes nothing new
      evaluated_at: model.dateTime(),
      allow_downgrade: model.boolean().default(false),
      cursor: model.text().nullable(),
      total: model.number().default(0),
      processed: model.number().default(0),
      moved: model.number().default(0),
      started_at: model.dateTime().nullable(),
      heartbeat_at: model.dateTime().nullable(),
      runner_id: model.text().nullable(),
      // "active" while pending or running, else null: at most one active run
      active_slot: model.text().nullable(),
      finished_at: model.dateTime().nullable(),
      error: model.text().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mbr_tier_reevaluation_single_active",
      on: ["active_slot"],
      unique: true,
      where: "deleted_at IS NULL AND active_slot IS NOT NULL",
    },
    {
      name: "IDX_mbr_tier_reevaluation_created_at",
      on: ["created_at"],
      where: "deleted_at IS NULL",
    },
  ])

export default TierReevaluation
