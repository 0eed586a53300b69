import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A covering index for recent purchases ("bought category X in the last 90
 * days"): without it such a rule scans every order line; with it Postgres
 * reads only the window's entries from the index (1M members, 4.5M lines:
 * 0.5-0.8 s instead of 1.5-4.5 s, measured side by side on a loaded machine).
 * Not expressible in the models (INCLUDE), so written here by hand. (The same
 * for the metrics table did not pay: its index grows with every update as the
 * table does, and counts stayed within noise.)
 */
export class Migration20261202173500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_order_line_fact_recent" ON "mbr_order_line_fact" ("placed_at")
       INCLUDE ("customer_id", "order_id", "product_id", "category_ids", "collection_id")
       WHERE deleted_at IS NULL AND canceled_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_mbr_order_line_fact_recent";`)
  }
}
