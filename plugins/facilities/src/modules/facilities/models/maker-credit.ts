import { model } from "@medusajs/framework/utils"
import { Participant } from "./participant"

/** One maker of one product and her share weight (a positive integer). The premi of a sale is split among a
 * product's makers in proportion to these weights. `product_id` refers to Medusa's product module by id, as Medusa's
 * own line items do: no foreign key across modules. */
export const MakerCredit = model
  .define("maker_credit", {
    id: model.id({ prefix: "mkc" }).primaryKey(),
    product_id: model.text().index(),
    weight: model.number(),
    participant: model.belongsTo(() => Participant, { mappedBy: "credits" }),
  })
  .indexes([{ on: ["product_id", "participant_id"], unique: true, where: "deleted_at IS NULL" }])
