import { model } from "@medusajs/framework/utils"
import { Motif } from "./motif"

/** A participant who created a motif, with her share of its royalty (a positive integer weight). `participant_id`
 * refers to the facilities module by id, as Medusa's own line items refer to products: no foreign key across modules. */
export const MotifCreator = model
  .define("motif_creator", {
    id: model.id({ prefix: "mcr" }).primaryKey(),
    participant_id: model.text().index(),
    share: model.number().default(1),
    motif: model.belongsTo(() => Motif, { mappedBy: "creators" }),
  })
  .indexes([{ on: ["motif_id", "participant_id"], unique: true, where: "deleted_at IS NULL" }])
