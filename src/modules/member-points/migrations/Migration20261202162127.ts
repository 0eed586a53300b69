import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202162127 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "mbr_points_program" drop column if exists "review_event";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "mbr_points_program" add column if not exists "review_event" text null;`);
  }

}
