import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Indexes for what the ledger is asked most: an account's or a facility's entries in a period (statements, month
 * summaries) and whether a line item is already split. Measured with the benchmark on 100,000 entries. */
export class Migration20261122230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists "IDX_ledger_entry_account_period" on "ledger_entry" ("account_type", "account_id", "occurred_at") where deleted_at is null;`)
    this.addSql(`create index if not exists "IDX_ledger_entry_facility_period" on "ledger_entry" ("facility_id", "occurred_at") where deleted_at is null;`)
    this.addSql(`create index if not exists "IDX_ledger_entry_line_item_kind" on "ledger_entry" ("line_item_id", "kind") where deleted_at is null;`)
    this.addSql(`create index if not exists "IDX_ledger_entry_refund_id" on "ledger_entry" ("refund_id") where deleted_at is null and refund_id is not null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_ledger_entry_account_period";`)
    this.addSql(`drop index if exists "IDX_ledger_entry_facility_period";`)
    this.addSql(`drop index if exists "IDX_ledger_entry_line_item_kind";`)
    this.addSql(`drop index if exists "IDX_ledger_entry_refund_id";`)
  }
}
