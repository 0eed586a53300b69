import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Covering indexes for segment counts. Metrics rows are wide (every money
 * column keeps its raw JSON beside it), so a count that has to visit the table
 * reads it all; with the columns rules filter on and the spend they sum kept
 * in one narrow index, Postgres answers most rules from the index alone. The
 * same for recent purchases ("bought category X in the last 90 days"), which
 * otherwise scan every order line. Not expressible in the models (INCLUDE), so
 * written here by hand.
 */
export class Migration20261202173500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_customer_metrics_segment_scan" ON "mbr_customer_metrics" ("customer_id")
       INCLUDE ("total_spent", "order_count", "paid_order_count", "aov", "first_order_at", "last_order_at",
         "unpaid_order_count", "cancel_rate", "refund_rate", "stage", "signup_at", "tags", "tier_rank",
         "points_available", "rfm_group", "spend_percentile")
       WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_order_line_fact_recent" ON "mbr_order_line_fact" ("placed_at")
       INCLUDE ("customer_id", "order_id", "product_id", "category_ids", "collection_id")
       WHERE deleted_at IS NULL AND canceled_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_mbr_order_line_fact_recent";`)
    this.addSql(
      `DROP INDEX IF EXISTS "IDX_mbr_customer_metrics_segment_scan";`
    )
  }
}
