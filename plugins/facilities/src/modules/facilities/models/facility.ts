import { model } from "@medusajs/framework/utils"
import { FacilityStaff } from "./facility-staff"
import { Participant } from "./participant"

/** A correctional facility (lapas, LPP, rutan, LPKA) whose makers' goods the store sells. */
export const Facility = model
  .define("facility", {
    id: model.id({ prefix: "fac" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text(),
    short_name: model.text(),
    kind: model.enum(["lapas", "lpp", "rutan", "lpka"]),
    class: model.enum(["I", "IIA", "IIB", "III"]),
    city: model.text(),
    province: model.text(),
    story_id: model.text().default(""),
    story_en: model.text().default(""),
    cover_image: model.text().nullable(),
    whatsapp: model.text().nullable(),
    is_active: model.boolean().default(true),
    participants: model.hasMany(() => Participant, { mappedBy: "facility" }),
    staff: model.hasMany(() => FacilityStaff, { mappedBy: "facility" }),
  })
  .cascades({ delete: ["participants", "staff"] })
