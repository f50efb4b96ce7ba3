import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123012654 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "payment_flag" ("id" text not null, "payment_id" text not null, "order_id" text null, "provider_id" text not null, "reason" text check ("reason" in ('amount_mismatch', 'unknown_payment', 'other')) not null, "expected_amount" numeric null, "received_amount" numeric null, "note" text null, "recorded_by" text null, "resolved_at" timestamptz null, "resolved_by" text null, "resolution" text null, "raw_expected_amount" jsonb null, "raw_received_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payment_flag_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_flag_deleted_at" ON "payment_flag" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_flag_payment_id" ON "payment_flag" ("payment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_flag_order_id" ON "payment_flag" ("order_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment_flag" cascade;`);
  }

}
