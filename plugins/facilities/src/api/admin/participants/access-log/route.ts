import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listParticipantAccess, type AccessLogQuery } from "../../../../lib/access-log"

/** Every read of participants' private fields, on all facilities: for platform operators. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { participant_id, facility_id, limit, offset } = req.validatedQuery as AccessLogQuery
  res.json(await listParticipantAccess(req, { facility_id, participant_id }, { limit, offset }))
}
