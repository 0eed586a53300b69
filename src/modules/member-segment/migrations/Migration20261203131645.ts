import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203131645 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "total_spent" type numeric using ("total_spent"::numeric);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "total_spent" drop not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "aov" type numeric using ("aov"::numeric);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "aov" drop not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "aov_90d" type numeric using ("aov_90d"::numeric);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "aov_90d" drop not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "aov_365d" type numeric using ("aov_365d"::numeric);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "aov_365d" drop not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "max_order" type numeric using ("max_order"::numeric);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "max_order" drop not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "refund_total" type numeric using ("refund_total"::numeric);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "refund_total" drop not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_total_spent" type jsonb using ("raw_total_spent"::jsonb);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_total_spent" drop not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_aov" type jsonb using ("raw_aov"::jsonb);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_aov" drop not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_aov_90d" type jsonb using ("raw_aov_90d"::jsonb);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_aov_90d" drop not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_aov_365d" type jsonb using ("raw_aov_365d"::jsonb);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_aov_365d" drop not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_max_order" type jsonb using ("raw_max_order"::jsonb);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_max_order" drop not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_refund_total" type jsonb using ("raw_refund_total"::jsonb);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_refund_total" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "total_spent" type numeric using ("total_spent"::numeric);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "total_spent" set not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "aov" type numeric using ("aov"::numeric);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "aov" set not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "aov_90d" type numeric using ("aov_90d"::numeric);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "aov_90d" set not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "aov_365d" type numeric using ("aov_365d"::numeric);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "aov_365d" set not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "max_order" type numeric using ("max_order"::numeric);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "max_order" set not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "refund_total" type numeric using ("refund_total"::numeric);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "refund_total" set not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_total_spent" type jsonb using ("raw_total_spent"::jsonb);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_total_spent" set not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_aov" type jsonb using ("raw_aov"::jsonb);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_aov" set not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_aov_90d" type jsonb using ("raw_aov_90d"::jsonb);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_aov_90d" set not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_aov_365d" type jsonb using ("raw_aov_365d"::jsonb);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_aov_365d" set not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_max_order" type jsonb using ("raw_max_order"::jsonb);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_max_order" set not null;`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_refund_total" type jsonb using ("raw_refund_total"::jsonb);`);
    this.addSql(`alter table if exists "mbr_customer_metrics" alter column "raw_refund_total" set not null;`);
  }

}
