import { model } from "@medusajs/framework/utils"
import { Expo } from "./expo"

/** A CSR program (TJSL) that funds training in facilities, e.g. "Srikandi Mandiri" of Pertamina Patra Niaga. Its
 * facilities are a module link (links/program-facility.ts). Everything here is public. */
export const Program = model
  .define("program", {
    id: model.id({ prefix: "prog" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text(),
    sponsor_company: model.text(),
    sponsor_unit: model.text().default(""),
    /** when the program started; null when the sources do not say */
    start_date: model.dateTime().nullable(),
    /** skills trained, e.g. "membatik", "menenun songket" */
    skills: model.array().default([]),
    /** SDG targets, e.g. "1.4" */
    sdg_targets: model.array().default([]),
    description_id: model.text().default(""),
    description_en: model.text().default(""),
    is_active: model.boolean().default(true),
    expos: model.hasMany(() => Expo, { mappedBy: "program" }),
  })
  .cascades({ delete: ["expos"] })
