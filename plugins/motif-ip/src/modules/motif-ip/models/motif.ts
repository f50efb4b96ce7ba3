import { model } from "@medusajs/framework/utils"
import { MotifCreator } from "./motif-creator"

/** A batik (or songket) motif designed in a facility and, once registered, a copyright work recorded by DJKI. The
 * DJKI record, the rights holder and the licence terms are kept on the motif; its creators are MotifCreator rows. */
export const Motif = model
  .define("motif", {
    id: model.id({ prefix: "motif" }).primaryKey(),
    title: model.text(),
    description_id: model.text().default(""),
    description_en: model.text().default(""),
    image: model.text().nullable(),
    status: model.enum(["draft", "applied", "registered", "expired"]).default("draft"),
    // DJKI record
    application_number: model.text().nullable(),
    registration_number: model.text().nullable(),
    work_type: model.text().default("Seni Motif"),
    first_published_at: model.dateTime().nullable(),
    first_published_place: model.text().nullable(),
    // rights holder: the facility, one participant, or a named organisation
    holder_kind: model.enum(["facility", "participant", "organisation"]).default("facility"),
    holder_participant_id: model.text().nullable(),
    holder_organisation: model.text().nullable(),
    // licence terms
    royalty_bps: model.number().default(0),
    credit_required: model.boolean().default(true),
    other_facilities_allowed: model.boolean().default(false),
    creators: model.hasMany(() => MotifCreator, { mappedBy: "motif" }),
  })
  .indexes([
    { on: ["registration_number"], unique: true, where: "registration_number IS NOT NULL AND deleted_at IS NULL" },
    { on: ["application_number"], unique: true, where: "application_number IS NOT NULL AND deleted_at IS NULL" },
  ])
  .cascades({ delete: ["creators"] })
