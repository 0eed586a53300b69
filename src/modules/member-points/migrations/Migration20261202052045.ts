import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202052045 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "mbr_points_program" drop constraint if exists "mbr_points_program_handle_unique";`);
    this.addSql(`alter table if exists "mbr_points_entry" drop constraint if exists "mbr_points_entry_idempotency_unique";`);
    this.addSql(`alter table if exists "mbr_points_account" drop constraint if exists "mbr_points_account_customer_id_unique";`);
    this.addSql(`create table if not exists "mbr_points_account" ("id" text not null, "customer_id" text not null, "last_checkin_day" text null, "checkin_streak" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mbr_points_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mbr_points_account_deleted_at" ON "mbr_points_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mbr_points_account_customer_id_unique" ON "mbr_points_account" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "mbr_points_entry" ("id" text not null, "account_id" text not null, "customer_id" text not null, "type" text check ("type" in ('earn', 'cashback', 'bonus', 'adjust_credit', 'redeem', 'expire', 'reverse', 'void', 'adjust_debit', 'restore')) not null, "points" integer not null, "remaining" integer null, "available_at" timestamptz null, "expires_at" timestamptz null, "reference" text not null, "reference_id" text not null, "order_id" text null, "earn_rate" real null, "draws" jsonb null, "shortfall" integer not null default 0, "reason" text null, "actor_id" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mbr_points_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mbr_points_entry_deleted_at" ON "mbr_points_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mbr_points_entry_idempotency_unique" ON "mbr_points_entry" ("account_id", "type", "reference", "reference_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mbr_points_entry_account_lots" ON "mbr_points_entry" ("account_id", "expires_at") WHERE deleted_at IS NULL AND remaining > 0;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mbr_points_entry_account_created_at" ON "mbr_points_entry" ("account_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mbr_points_entry_order_id" ON "mbr_points_entry" ("order_id") WHERE deleted_at IS NULL AND order_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mbr_points_entry_expiring" ON "mbr_points_entry" ("expires_at") WHERE deleted_at IS NULL AND remaining > 0 AND expires_at IS NOT NULL;`);

    this.addSql(`create table if not exists "mbr_points_program" ("id" text not null, "handle" text not null default 'default', "enabled" boolean not null default true, "currency_code" text null, "earn_rate" real not null default 1, "point_value" real not null default 0.01, "min_redeem_points" integer not null default 100, "max_redeem_share" real not null default 0.5, "expiry_months" integer null, "pending_days" integer not null default 14, "signup_bonus" integer not null default 0, "checkin_bonus" integer not null default 0, "checkin_streak_bonus" integer not null default 0, "review_bonus" integer not null default 0, "birthday_bonus" integer not null default 0, "tier_up_bonus" integer not null default 0, "review_event" text null, "timezone" text not null default 'UTC', "reversal_policy" text check ("reversal_policy" in ('clamp')) not null default 'clamp', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mbr_points_program_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_mbr_points_program_deleted_at" ON "mbr_points_program" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mbr_points_program_handle_unique" ON "mbr_points_program" ("handle") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mbr_points_account" cascade;`);

    this.addSql(`drop table if exists "mbr_points_entry" cascade;`);

    this.addSql(`drop table if exists "mbr_points_program" cascade;`);
  }

}
