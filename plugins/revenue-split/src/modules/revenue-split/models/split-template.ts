import { model } from "@medusajs/framework/utils"

/** One version of a facility's split template, in basis points that total 10000. A change is a new version; a payment
 * uses the version in force when it was captured, and every ledger entry records which. `facility_id` refers to the
 * facilities module by id: no foreign key across modules. */
export const SplitTemplate = model
  .define("split_template", {
    id: model.id({ prefix: "stpl" }).primaryKey(),
    facility_id: model.text().index(),
    version: model.number(),
    premi_bps: model.number(),
    pnbp_bps: model.number(),
    capital_bps: model.number(),
    platform_bps: model.number().default(0),
    note: model.text().nullable(),
    recorded_by: model.text().nullable(),
  })
  .indexes([{ on: ["facility_id", "version"], unique: true }])
