import { model } from "@medusajs/framework/utils"

/** An order attributed to an expo: sold at its booth (`booth`, in the expo's sales channel, paid in cash or QRIS) or
 * bought online by a buyer who came through one of its QR tags (`qr`, the cart carried `metadata.karya_expo`). One row
 * per order (unique `order_id`); `expo_id` and `order_id` are plain ids, no foreign key across modules. Reports read
 * their figures from these rows joined to the makers' ledger by order id. */
export const ExpoOrder = model
  .define("expo_order", {
    id: model.id({ prefix: "expord" }).primaryKey(),
    expo_id: model.text().index(),
    program_id: model.text().index(),
    order_id: model.text().unique(),
    source: model.enum(["qr", "booth"]),
    /** booth sales: how the buyer paid at the booth */
    payment_method: model.enum(["cash", "qris"]).nullable(),
    /** booth sales: the CSR staff member who placed the order */
    recorded_by: model.text().nullable(),
    placed_at: model.dateTime(),
  })
