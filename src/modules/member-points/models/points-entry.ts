import { model } from "@medusajs/framework/utils"

/** Entries that create a lot (positive points, a `remaining`). */
export const LOT_TYPES = ["earn", "cashback", "bonus", "adjust_credit"] as const
/** Entries that draw from lots FIFO by expiry (negative points, `draws`). */
export const DEBIT_TYPES = [
  "redeem",
  "expire",
  "reverse",
  "void",
  "adjust_debit",
] as const
/** Gives a debit's draws back to the same lots (positive points, `draws`). */
export const RESTORE_TYPES = ["restore"] as const
export const ENTRY_TYPES = [
  ...LOT_TYPES,
  ...DEBIT_TYPES,
  ...RESTORE_TYPES,
] as const
export type EntryType = (typeof ENTRY_TYPES)[number]

/**
 * The ledger. Append-only: a row is never changed, except a lot's `remaining`
 * (drawn down by debits, given back by restores) and, once, a pending order
 * lot's `available_at` / `expires_at` when its order is delivered. The unique
 * (account, type, reference, reference_id) makes every entry idempotent.
 */
export const PointsEntry = model
  .define(
    { name: "PointsEntry", tableName: "mbr_points_entry" },
    {
      id: model.id({ prefix: "mbrpe" }).primaryKey(),
      account_id: model.text(),
      customer_id: model.text(),
      type: model.enum([...ENTRY_TYPES]),
      // credits > 0, debits < 0
      points: model.number(),
      // lots only: what is left to spend
      remaining: model.number().nullable(),
      // lots only: null while pending
      available_at: model.dateTime().nullable(),
      expires_at: model.dateTime().nullable(),
      // what the entry is about: "order", "cart", "refund", "checkin", "admin", ...
      reference: model.text(),
      reference_id: model.text(),
      order_id: model.text().nullable(),
      // lots: the rate they were earned at (points per currency unit)
      earn_rate: model.float().nullable(),
      // debits and restores: [{ lot_id, points }]
      draws: model.json().nullable(),
      // reversals the balance could not cover (clamp policy)
      shortfall: model.number().default(0),
      reason: model.text().nullable(),
      actor_id: model.text().nullable(),
      metadata: model.json().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_mbr_points_entry_idempotency_unique",
      on: ["account_id", "type", "reference", "reference_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_points_entry_account_lots",
      on: ["account_id", "expires_at"],
      where: "deleted_at IS NULL AND remaining > 0",
    },
    {
      name: "IDX_mbr_points_entry_account_created_at",
      on: ["account_id", "created_at"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_mbr_points_entry_order_id",
      on: ["order_id"],
      where: "deleted_at IS NULL AND order_id IS NOT NULL",
    },
    {
      name: "IDX_mbr_points_entry_expiring",
      on: ["expires_at"],
      where: "deleted_at IS NULL AND remaining > 0 AND expires_at IS NOT NULL",
    },
  ])
