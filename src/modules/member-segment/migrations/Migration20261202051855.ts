import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202051855 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "mbr_segment_member" drop constraint if exists "mbr_segment_member_unique";`
    )
    this.addSql(
      `alter table if exists "mbr_segment_dirty_member" drop constraint if exists "mbr_segment_dirty_member_customer_id_unique";`
    )
    this.addSql(
      `alter table if exists "mbr_rfm_cutoffs" drop constraint if exists "mbr_rfm_cutoffs_key_unique";`
    )
    this.addSql(
      `create table if not exists "mbr_rfm_cutoffs" ("id" text not null, "key" text not null, "recency" jsonb null, "frequency" jsonb null, "monetary" jsonb null, "spend" jsonb null, "member_count" integer not null default 0, "computed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mbr_rfm_cutoffs_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_rfm_cutoffs_deleted_at" ON "mbr_rfm_cutoffs" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mbr_rfm_cutoffs_key_unique" ON "mbr_rfm_cutoffs" ("key") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "mbr_segment" ("id" text not null, "name" text not null, "description" text null, "rule" jsonb not null, "preset" text null, "preset_params" jsonb null, "last_count" integer not null default 0, "computed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mbr_segment_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_segment_deleted_at" ON "mbr_segment" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_segment_name" ON "mbr_segment" ("name") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "mbr_segment_dirty_member" ("id" text not null, "customer_id" text not null, "marked_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mbr_segment_dirty_member_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_segment_dirty_member_deleted_at" ON "mbr_segment_dirty_member" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mbr_segment_dirty_member_customer_id_unique" ON "mbr_segment_dirty_member" ("customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "mbr_segment_member" ("id" text not null, "segment_id" text not null, "customer_id" text not null, "entered_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mbr_segment_member_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_segment_member_deleted_at" ON "mbr_segment_member" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mbr_segment_member_unique" ON "mbr_segment_member" ("segment_id", "customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_segment_member_customer_id" ON "mbr_segment_member" ("customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "mbr_customer_metrics" add column if not exists "rfm_recency" integer null, add column if not exists "rfm_frequency" integer null, add column if not exists "rfm_monetary" integer null, add column if not exists "rfm_group" text null, add column if not exists "spend_percentile" integer null;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_customer_metrics_rfm_group" ON "mbr_customer_metrics" ("rfm_group") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_customer_metrics_spend_percentile" ON "mbr_customer_metrics" ("spend_percentile") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mbr_rfm_cutoffs" cascade;`)

    this.addSql(`drop table if exists "mbr_segment" cascade;`)

    this.addSql(`drop table if exists "mbr_segment_dirty_member" cascade;`)

    this.addSql(`drop table if exists "mbr_segment_member" cascade;`)

    this.addSql(`drop index if exists "IDX_mbr_customer_metrics_rfm_group";`)
    this.addSql(
      `drop index if exists "IDX_mbr_customer_metrics_spend_percentile";`
    )
    this.addSql(
      `alter table if exists "mbr_customer_metrics" drop column if exists "rfm_recency", drop column if exists "rfm_frequency", drop column if exists "rfm_monetary", drop column if exists "rfm_group", drop column if exists "spend_percentile";`
    )
  }
}
