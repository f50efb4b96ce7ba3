import { MedusaError } from "@medusajs/framework/utils"
import { staffOf, type PortalRequest, type StaffContext } from "@karya/plugin-facilities/lib/portal-context"

/** The signed-in staff member if she is a manager: payouts and templates are managers' work (403 otherwise). */
export function managerOf(req: PortalRequest): StaffContext {
  const staff = staffOf(req)
  if (staff.role !== "manager") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only a facility manager can record payouts and split templates")
  }
  return staff
}
