import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123042552 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "expo_order" drop constraint if exists "expo_order_order_id_unique";`);
    this.addSql(`create table if not exists "expo_order" ("id" text not null, "expo_id" text not null, "program_id" text not null, "order_id" text not null, "source" text check ("source" in ('qr', 'booth')) not null, "payment_method" text check ("payment_method" in ('cash', 'qris')) null, "recorded_by" text null, "placed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "expo_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_expo_order_expo_id" ON "expo_order" ("expo_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_expo_order_program_id" ON "expo_order" ("program_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_expo_order_order_id_unique" ON "expo_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_expo_order_deleted_at" ON "expo_order" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "expo_order" cascade;`);
  }

}
