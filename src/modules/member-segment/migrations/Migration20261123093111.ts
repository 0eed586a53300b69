import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123093111 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "mbr_backfill" ("id" text not null, "status" text check ("status" in ('pending', 'running', 'completed', 'failed')) not null default 'pending', "phase" text check ("phase" in ('orders', 'metrics', 'customers', 'done')) not null default 'orders', "cursor" text null, "processed" integer not null default 0, "total" integer not null default 0, "started_at" timestamptz null, "heartbeat_at" timestamptz null, "finished_at" timestamptz null, "error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mbr_backfill_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_backfill_deleted_at" ON "mbr_backfill" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_backfill_status" ON "mbr_backfill" ("status") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mbr_backfill" cascade;`)
  }
}
