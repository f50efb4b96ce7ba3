import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { listParticipantAccess, type AccessLogQuery } from "../../../../../lib/access-log"
import { staffOf, type PortalRequest } from "../../context"

/** Who read the private fields of this facility's participants: for the facility's managers only. */
export async function GET(req: PortalRequest, res: MedusaResponse) {
  const staff = staffOf(req)
  if (staff.role !== "manager") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only a facility manager may read the access log")
  }
  const { participant_id, facility_id, limit, offset } = req.validatedQuery as AccessLogQuery
  if (facility_id && facility_id !== staff.facility_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "facility_id: the portal shows your own facility only")
  }
  res.json(await listParticipantAccess(req, { facility_id: staff.facility_id, participant_id }, { limit, offset }))
}
