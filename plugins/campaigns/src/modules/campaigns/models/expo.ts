import { model } from "@medusajs/framework/utils"
import { Program } from "./program"

/** An SME expo (e.g. SMEXPO) where a program's sponsor shows facility products. Each expo sells through its own Medusa
 * sales channel, created with it (workflows/create-expo.ts); `sales_channel_id` is read-only linked to it. */
export const Expo = model.define("expo", {
  id: model.id({ prefix: "expo" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text(),
  venue: model.text(),
  city: model.text(),
  starts_at: model.dateTime(),
  ends_at: model.dateTime(),
  /** a code buyers enter in the cart during the expo; a Medusa promotion of its own (`promotion_id`) gives the discount */
  promo_code: model.text().nullable(),
  /** the promotion's discount on the order's goods, in percent (1–50) */
  promo_percentage: model.number().nullable(),
  promotion_id: model.text().nullable(),
  sales_channel_id: model.text().nullable(),
  program: model.belongsTo(() => Program, { mappedBy: "expos" }),
})
