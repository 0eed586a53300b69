import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201203747 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "mbr_reminder_rule" drop constraint if exists "mbr_reminder_rule_key_unique";`
    )
    this.addSql(
      `alter table if exists "mbr_message" drop constraint if exists "mbr_message_idempotency_key_unique";`
    )
    this.addSql(
      `create table if not exists "mbr_message" ("id" text not null, "customer_id" text null, "source" text check ("source" in ('reminder', 'campaign', 'test')) not null, "source_id" text not null, "reference" text not null, "category" text check ("category" in ('marketing', 'transactional')) not null, "channel" text not null, "channels" text[] not null default '{}', "cohort" text not null default 'treatment', "status" text check ("status" in ('queued', 'sent', 'suppressed', 'failed')) not null default 'queued', "reason" text null, "idempotency_key" text not null, "send_after" timestamptz not null, "claimed_until" timestamptz null, "attempts" integer not null default 0, "data" jsonb null, "recipient" text null, "locale" text null, "subject" text null, "body_text" text null, "body_html" text null, "notification_id" text null, "sent_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mbr_message_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_message_deleted_at" ON "mbr_message" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mbr_message_idempotency_key_unique" ON "mbr_message" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_message_queue" ON "mbr_message" ("send_after") WHERE deleted_at IS NULL AND status = 'queued';`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_message_customer_channel_sent_at" ON "mbr_message" ("customer_id", "channel", "sent_at") WHERE deleted_at IS NULL AND status = 'sent';`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_message_source_created_at" ON "mbr_message" ("source", "source_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "mbr_reminder_rule" ("id" text not null, "key" text not null, "enabled" boolean not null default false, "params" jsonb not null default '{}', "templates" jsonb not null default '{}', "channels" text[] not null default '{email}', "offer" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mbr_reminder_rule_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_reminder_rule_deleted_at" ON "mbr_reminder_rule" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mbr_reminder_rule_key_unique" ON "mbr_reminder_rule" ("key") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mbr_message" cascade;`)

    this.addSql(`drop table if exists "mbr_reminder_rule" cascade;`)
  }
}
