import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202053330 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "mbr_tier" drop constraint if exists "mbr_tier_handle_unique";`);
    this.addSql(`alter table if exists "mbr_tier" drop constraint if exists "mbr_tier_rank_unique";`);
    this.addSql(`create table if not exists "mbr_tier" ("id" text not null, "name" text not null, "handle" text not null, "rank" integer not null, "basis" text check ("basis" in ('spend', 'orders', 'points_earned')) not null default 'spend', "threshold" numeric not null, "window" text check ("window" in ('lifetime', 'rolling', 'calendar_year')) not null default 'lifetime', "window_days" integer null, "grace_days" integer not null default 0, "points_multiplier" real not null default 1, "cashback_rate" real not null default 0, "free_shipping" boolean not null default false, "free_shipping_min_subtotal" numeric null, "birthday_bonus_points" integer null, "description" text null, "customer_group_id" text null, "price_list_id" text null, "promotion_id" text null, "raw_threshold" jsonb not null, "raw_free_shipping_min_subtotal" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mbr_tier_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mbr_tier_deleted_at" ON "mbr_tier" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mbr_tier_rank_unique" ON "mbr_tier" ("rank") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mbr_tier_handle_unique" ON "mbr_tier" ("handle") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mbr_tier_change" ("id" text not null, "customer_id" text not null, "from_tier_id" text null, "to_tier_id" text null, "reason" text check ("reason" in ('qualified', 'lapsed', 'pinned', 'ladder_changed', 'admin')) not null, "value" numeric null, "actor" text null, "raw_value" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mbr_tier_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mbr_tier_change_deleted_at" ON "mbr_tier_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mbr_tier_change_customer_id" ON "mbr_tier_change" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "mbr_membership" add column if not exists "tier_id" text null, add column if not exists "tier_since" timestamptz null, add column if not exists "tier_qualified_at" timestamptz null, add column if not exists "tier_pinned" boolean not null default false;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mbr_membership_tier_id" ON "mbr_membership" ("tier_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mbr_tier" cascade;`);

    this.addSql(`drop table if exists "mbr_tier_change" cascade;`);

    this.addSql(`drop index if exists "IDX_mbr_membership_tier_id";`);
    this.addSql(`alter table if exists "mbr_membership" drop column if exists "tier_id", drop column if exists "tier_since", drop column if exists "tier_qualified_at", drop column if exists "tier_pinned";`);
  }

}
