import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201202159 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "mbr_order_line_fact" drop constraint if exists "mbr_order_line_fact_line_item_id_unique";`
    )
    this.addSql(
      `create table if not exists "mbr_order_line_fact" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "customer_id" text null, "product_id" text null, "variant_id" text null, "category_ids" text[] not null default '{}', "collection_id" text null, "quantity" integer not null, "net_amount" numeric not null, "currency_code" text not null, "placed_at" timestamptz not null, "canceled_at" timestamptz null, "raw_net_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mbr_order_line_fact_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_order_line_fact_deleted_at" ON "mbr_order_line_fact" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mbr_order_line_fact_line_item_id_unique" ON "mbr_order_line_fact" ("line_item_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_order_line_fact_order_id" ON "mbr_order_line_fact" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_order_line_fact_customer_id_placed_at" ON "mbr_order_line_fact" ("customer_id", "placed_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_order_line_fact_product_id" ON "mbr_order_line_fact" ("product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_order_line_fact_category_ids" ON "mbr_order_line_fact" USING GIN ("category_ids") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "mbr_customer_metrics" add column if not exists "tier_id" text null, add column if not exists "tier_rank" integer null, add column if not exists "points_available" integer not null default 0, add column if not exists "points_pending" integer not null default 0;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_customer_metrics_tier_rank" ON "mbr_customer_metrics" ("tier_rank") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "mbr_backfill" add column if not exists "runner_id" text null, add column if not exists "active_slot" text null;`
    )
    this.addSql(
      `update "mbr_backfill" set "active_slot" = 'active' where "id" = (select "id" from "mbr_backfill" where "status" in ('pending', 'running') and "deleted_at" is null order by "created_at" desc limit 1);`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mbr_backfill_single_active" ON "mbr_backfill" ("active_slot") WHERE deleted_at IS NULL AND active_slot IS NOT NULL;`
    )

    this.addSql(
      `alter table if exists "mbr_order_fact" alter column "customer_id" type text using ("customer_id"::text);`
    )
    this.addSql(
      `alter table if exists "mbr_order_fact" alter column "customer_id" drop not null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mbr_order_line_fact" cascade;`)

    this.addSql(`drop index if exists "IDX_mbr_customer_metrics_tier_rank";`)
    this.addSql(
      `alter table if exists "mbr_customer_metrics" drop column if exists "tier_id", drop column if exists "tier_rank", drop column if exists "points_available", drop column if exists "points_pending";`
    )

    this.addSql(`drop index if exists "IDX_mbr_backfill_single_active";`)
    this.addSql(
      `alter table if exists "mbr_backfill" drop column if exists "runner_id", drop column if exists "active_slot";`
    )

    this.addSql(
      `alter table if exists "mbr_order_fact" alter column "customer_id" type text using ("customer_id"::text);`
    )
    this.addSql(
      `alter table if exists "mbr_order_fact" alter column "customer_id" set not null;`
    )
  }
}
