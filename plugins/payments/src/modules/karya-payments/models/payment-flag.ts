import { model } from "@medusajs/framework/utils"

/** A payment that staff must look at before anything else happens to it: a bank transfer whose received amount is not
 * the order's total, a Stripe event whose amount does not match the order, … A flag is open until `resolved_at` is
 * set (the payment captured after all, or staff dismissed it). Amounts are whole rupiah; ids of other modules (order,
 * payment) are plain text, no foreign key across modules. */
export const PaymentFlag = model
  .define("payment_flag", {
    id: model.id({ prefix: "pflag" }).primaryKey(),
    payment_id: model.text(),
    order_id: model.text().nullable(),
    provider_id: model.text(),
    reason: model.enum(["amount_mismatch", "unknown_payment", "other"]),
    expected_amount: model.bigNumber().nullable(),
    received_amount: model.bigNumber().nullable(),
    note: model.text().nullable(),
    recorded_by: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
    resolved_by: model.text().nullable(),
    resolution: model.text().nullable(),
  })
  .indexes([{ on: ["payment_id"] }, { on: ["order_id"] }])
