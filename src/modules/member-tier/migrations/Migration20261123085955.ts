import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123085955 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "mbr_membership" drop constraint if exists "mbr_membership_customer_id_unique";`
    )
    this.addSql(
      `create table if not exists "mbr_membership" ("id" text not null, "customer_id" text not null, "stage" text check ("stage" in ('registered', 'first_time', 'repeat')) not null default 'registered', "stage_changed_at" timestamptz null, "joined_at" timestamptz not null, "birthday" text null, "birthday_set_by" text check ("birthday_set_by" in ('customer', 'admin', 'import')) null, "tags" text[] not null default '{}', "email_consent" boolean not null default false, "email_consent_at" timestamptz null, "sms_consent" boolean not null default false, "sms_consent_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mbr_membership_pkey" primary key ("id"), constraint mbr_membership_birthday_format check (birthday ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}\$'));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_membership_deleted_at" ON "mbr_membership" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mbr_membership_customer_id_unique" ON "mbr_membership" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_membership_stage" ON "mbr_membership" ("stage") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mbr_membership" cascade;`)
  }
}
