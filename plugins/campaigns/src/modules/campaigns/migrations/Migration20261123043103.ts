import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123043103 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "expo" add column if not exists "promo_percentage" integer null, add column if not exists "promotion_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "expo" drop column if exists "promo_percentage", drop column if exists "promotion_id";`);
  }

}
