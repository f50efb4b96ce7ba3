import { model } from "@medusajs/framework/utils"

/** One append-only line of the makers' ledger: a signed amount in whole rupiah on one account. Sales and royalties
 * are positive, refunds and payouts negative; a correction is a new entry (kind `adjustment`), never an edit. The
 * database refuses updates and deletes, and `idempotency_key` is unique, so the same event written twice is written
 * once (both are in the migration). Ids of other modules (facility, participant, order, payment…) are plain text: no foreign key across modules. */
export const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "lent" }).primaryKey(),
    idempotency_key: model.text(),
    kind: model.enum(["sale", "refund", "payout", "adjustment"]),
    account_type: model.enum(["participant", "facility_premi", "facility_pnbp", "facility_capital", "motif_holder", "platform"]),
    account_id: model.text(),
    share: model.enum(["royalty", "premi", "pnbp", "capital", "platform"]).nullable(),
    amount: model.number(),
    facility_id: model.text().index(),
    product_id: model.text().nullable(),
    motif_id: model.text().nullable(),
    order_id: model.text().nullable(),
    line_item_id: model.text().nullable(),
    payment_id: model.text().nullable(),
    refund_id: model.text().nullable(),
    template_version: model.number().nullable(),
    payout_method: model.enum(["savings_account", "handed_at_release", "held_by_facility"]).nullable(),
    note: model.text().nullable(),
    recorded_by: model.text().nullable(),
    occurred_at: model.dateTime(),
  })
  .indexes([
    { on: ["account_type", "account_id"] },
    { on: ["payment_id", "line_item_id"] },
    { on: ["order_id"] },
    { on: ["occurred_at"] },
  ])
