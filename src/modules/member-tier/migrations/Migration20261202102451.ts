import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202102451 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "mbr_tier_reevaluation" ("id" text not null, "status" text check ("status" in ('pending', 'running', 'completed', 'failed', 'superseded')) not null default 'pending', "trigger" text check ("trigger" in ('ladder_changed', 'backfill', 'daily')) not null, "ladder_key" text not null, "evaluated_at" timestamptz not null, "allow_downgrade" boolean not null default false, "cursor" text null, "total" integer not null default 0, "processed" integer not null default 0, "moved" integer not null default 0, "started_at" timestamptz null, "heartbeat_at" timestamptz null, "runner_id" text null, "active_slot" text null, "finished_at" timestamptz null, "error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mbr_tier_reevaluation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mbr_tier_reevaluation_deleted_at" ON "mbr_tier_reevaluation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mbr_tier_reevaluation_single_active" ON "mbr_tier_reevaluation" ("active_slot") WHERE deleted_at IS NULL AND active_slot IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mbr_tier_reevaluation_created_at" ON "mbr_tier_reevaluation" ("created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mbr_tier_reevaluation" cascade;`);
  }

}
