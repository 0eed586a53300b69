import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123090159 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "mbr_order_fact" drop constraint if exists "mbr_order_fact_order_id_unique";`
    )
    this.addSql(
      `alter table if exists "mbr_customer_metrics" drop constraint if exists "mbr_customer_metrics_customer_id_unique";`
    )
    this.addSql(
      `create table if not exists "mbr_customer_metrics" ("id" text not null, "customer_id" text not null, "currency_code" text null, "order_count" integer not null default 0, "paid_order_count" integer not null default 0, "total_spent" numeric not null default 0, "aov" numeric not null default 0, "aov_90d" numeric not null default 0, "aov_365d" numeric not null default 0, "max_order" numeric not null default 0, "first_order_at" timestamptz null, "last_order_at" timestamptz null, "unpaid_order_count" integer not null default 0, "oldest_unpaid_at" timestamptz null, "cancel_count" integer not null default 0, "cancel_rate" real not null default 0, "refund_total" numeric not null default 0, "refund_rate" real not null default 0, "return_count" integer not null default 0, "country_code" text null, "computed_at" timestamptz null, "email" text null, "first_name" text null, "last_name" text null, "signup_at" timestamptz null, "stage" text check ("stage" in ('registered', 'first_time', 'repeat')) null, "birthday_month" integer null, "birthday_day" integer null, "tags" text[] not null default '{}', "email_consent" boolean not null default false, "sms_consent" boolean not null default false, "raw_total_spent" jsonb not null default '{"value":"0","precision":20}', "raw_aov" jsonb not null default '{"value":"0","precision":20}', "raw_aov_90d" jsonb not null default '{"value":"0","precision":20}', "raw_aov_365d" jsonb not null default '{"value":"0","precision":20}', "raw_max_order" jsonb not null default '{"value":"0","precision":20}', "raw_refund_total" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mbr_customer_metrics_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_customer_metrics_deleted_at" ON "mbr_customer_metrics" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mbr_customer_metrics_customer_id_unique" ON "mbr_customer_metrics" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_customer_metrics_total_spent" ON "mbr_customer_metrics" ("total_spent") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_customer_metrics_order_count" ON "mbr_customer_metrics" ("order_count") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_customer_metrics_last_order_at" ON "mbr_customer_metrics" ("last_order_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_customer_metrics_aov" ON "mbr_customer_metrics" ("aov") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_customer_metrics_stage" ON "mbr_customer_metrics" ("stage") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_customer_metrics_tags" ON "mbr_customer_metrics" USING GIN ("tags") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_customer_metrics_birthday" ON "mbr_customer_metrics" ("birthday_month", "birthday_day") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_customer_metrics_email" ON "mbr_customer_metrics" ("email") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "mbr_order_fact" ("id" text not null, "order_id" text not null, "customer_id" text not null, "currency_code" text not null, "country_code" text null, "item_subtotal" numeric not null, "shipping_total" numeric not null, "discount_total" numeric not null, "total" numeric not null, "paid_total" numeric not null, "refunded_total" numeric not null, "returned_item_count" integer not null default 0, "placed_at" timestamptz not null, "paid_at" timestamptz null, "canceled_at" timestamptz null, "shipped_at" timestamptz null, "delivered_at" timestamptz null, "raw_item_subtotal" jsonb not null, "raw_shipping_total" jsonb not null, "raw_discount_total" jsonb not null, "raw_total" jsonb not null, "raw_paid_total" jsonb not null, "raw_refunded_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "mbr_order_fact_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_order_fact_deleted_at" ON "mbr_order_fact" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_mbr_order_fact_order_id_unique" ON "mbr_order_fact" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_mbr_order_fact_customer_id_placed_at" ON "mbr_order_fact" ("customer_id", "placed_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mbr_customer_metrics" cascade;`)

    this.addSql(`drop table if exists "mbr_order_fact" cascade;`)
  }
}
