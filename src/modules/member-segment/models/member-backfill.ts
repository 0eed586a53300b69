import { model } from "@medusajs/framework/utils"

export const BACKFILL_STATUSES = [
  "pending",
  "running",
  "completed",
  "failed",
] as const
export type BackfillStatus = (typeof BACKFILL_STATUSES)[number]

/** Orders become facts, one statement derives all metrics, then customers become members. */
export const BACKFILL_PHASES = [
  "orders",
  "metrics",
  "customers",
  "done",
] as const
export type BackfillPhase = (typeof BACKFILL_PHASES)[number]

/** One import of existing customers and orders; its cursor makes it resumable. */
export const MemberBackfill = model
  .define(
    { name: "MemberBackfill", tableName: "mbr_backfill" },
    {
      id: model.id({ prefix: "mbrbf" }).primaryKey(),
      status: model.enum([...BACKFILL_STATUSES]).default("pending"),
      phase: model.enum([...BACKFILL_PHASES]).default("orders"),
      cursor: model.text().nullable(),
      processed: model.number().default(0),
      total: model.number().default(0),
      started_at: model.dateTime().nullable(),
      heartbeat_at: model.dateTime().nullable(),
      // the worker holding the run's lease; the lease lapses with the heartbeat
      runner_id: model.text().nullable(),
      // "active" while pending or running, else null: at most one active run
      active_slot: model.text().nullable(),
      finished_at: model.dateTime().nullable(),
      error: model.text().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mbr_backfill_single_active",
      on: ["active_slot"],
      unique: true,
      where: "deleted_at IS NULL AND active_slot IS NOT NULL",
    },
    {
      name: "IDX_mbr_backfill_status",
      on: ["status"],
      where: "deleted_at IS NULL",
    },
  ])
