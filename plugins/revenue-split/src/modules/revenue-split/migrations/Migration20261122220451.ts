import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122220451 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "split_template" drop constraint if exists "split_template_facility_id_version_unique";`);
    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "idempotency_key" text not null, "kind" text check ("kind" in ('sale', 'refund', 'payout', 'adjustment')) not null, "account_type" text check ("account_type" in ('participant', 'facility_premi', 'facility_pnbp', 'facility_capital', 'motif_holder', 'platform')) not null, "account_id" text not null, "share" text check ("share" in ('royalty', 'premi', 'pnbp', 'capital', 'platform')) null, "amount" integer not null, "facility_id" text not null, "product_id" text null, "motif_id" text null, "order_id" text null, "line_item_id" text null, "payment_id" text null, "refund_id" text null, "template_version" integer null, "payout_method" text check ("payout_method" in ('savings_account', 'handed_at_release', 'held_by_facility')) null, "note" text null, "recorded_by" text null, "occurred_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_facility_id" ON "ledger_entry" ("facility_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_account_type_account_id" ON "ledger_entry" ("account_type", "account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_payment_id_line_item_id" ON "ledger_entry" ("payment_id", "line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_order_id" ON "ledger_entry" ("order_id") WHERE deleted_at IS NULL;`);
    // Written by hand: what the database itself enforces about the ledger.
    // One entry per idempotency key, whatever the code does (a full constraint, so INSERT … ON CONFLICT can use it).
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_idempotency_key_key" unique ("idempotency_key");`);
    // Sales credit, refunds and payouts debit; adjustments go either way.
    this.addSql(`alter table "ledger_entry" add constraint "ledger_entry_amount_sign_check" check ((kind = 'sale' and amount > 0) or (kind in ('refund', 'payout') and amount < 0) or (kind = 'adjustment' and amount <> 0));`);
    // Append-only: corrections are new entries, never edits or deletions.
    this.addSql(`create or replace function "ledger_entry_append_only"() returns trigger language plpgsql as $$ begin raise exception 'ledger_entry is append-only: record a correction as a new entry'; end $$;`);
    this.addSql(`create trigger "ledger_entry_append_only" before update or delete on "ledger_entry" for each row execute function "ledger_entry_append_only"();`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_occurred_at" ON "ledger_entry" ("occurred_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "split_template" ("id" text not null, "facility_id" text not null, "version" integer not null, "premi_bps" integer not null, "pnbp_bps" integer not null, "capital_bps" integer not null, "platform_bps" integer not null default 0, "note" text null, "recorded_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "split_template_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_split_template_facility_id" ON "split_template" ("facility_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_split_template_deleted_at" ON "split_template" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_split_template_facility_id_version_unique" ON "split_template" ("facility_id", "version") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_entry" cascade;`);
    this.addSql(`drop function if exists "ledger_entry_append_only"();`);

    this.addSql(`drop table if exists "split_template" cascade;`);
  }

}
