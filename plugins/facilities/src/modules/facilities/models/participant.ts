import { model } from "@medusajs/framework/utils"
import { Facility } from "./facility"
import { MakerCredit } from "./maker-credit"

export const SKILLS = [
  "batik_tulis",
  "batik_cap",
  "songket",
  "menjahit",
  "anyaman",
  "olahan_pangan",
  "kue",
  "salon",
  "hidroponik",
] as const

/** A maker in a training program. `legal_name` and `registration_number` are private: no public route, index or
 * export may return them. What the public sees is `publicMakerLabel()` in src/lib/maker-label.ts. */
export const Participant = model
  .define("participant", {
    id: model.id({ prefix: "ptc" }).primaryKey(),
    display_name: model.text(),
    legal_name: model.text(),
    registration_number: model.text(),
    consent_display_name: model.boolean().default(false),
    consent_story: model.boolean().default(false),
    consent_given_at: model.dateTime().nullable(),
    consent_withdrawn_at: model.dateTime().nullable(),
    story_id: model.text().nullable(),
    story_en: model.text().nullable(),
    status: model.enum(["active", "released", "transferred"]).default("active"),
    joined_at: model.dateTime().nullable(),
    status_changed_at: model.dateTime().nullable(),
    skills: model.array().default([]),
    facility: model.belongsTo(() => Facility, { mappedBy: "participants" }),
    credits: model.hasMany(() => MakerCredit, { mappedBy: "participant" }),
  })
  .indexes([{ on: ["facility_id", "registration_number"], unique: true, where: "deleted_at IS NULL" }])
