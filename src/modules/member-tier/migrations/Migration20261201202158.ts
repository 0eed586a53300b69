import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201202158 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "mbr_membership" add column if not exists "locale" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "mbr_membership" drop column if exists "locale";`
    )
  }
}
