import { model } from "@medusajs/framework/utils"

/** A member of a sponsor's CSR team, signing in as the `csr_staff` auth actor. She sees only the programs listed in
 * `program_ids` (ids of this module's programs), their expos and, later, their reports. */
export const CsrStaff = model.define("csr_staff", {
  id: model.id({ prefix: "csr" }).primaryKey(),
  email: model.text().unique(),
  name: model.text(),
  program_ids: model.array().default([]),
  is_active: model.boolean().default(true),
})
