import { model } from "@medusajs/framework/utils"
import { Facility } from "./facility"

/** A staff member of one facility, signing in as the `facility_staff` auth actor. Managers may change split settings
 * and record payouts (later plugins); staff may not. */
export const FacilityStaff = model.define("facility_staff", {
  id: model.id({ prefix: "fstf" }).primaryKey(),
  email: model.text().unique(),
  name: model.text(),
  role: model.enum(["manager", "staff"]).default("staff"),
  is_active: model.boolean().default(true),
  facility: model.belongsTo(() => Facility, { mappedBy: "staff" }),
})
