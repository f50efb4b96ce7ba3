import type { MedusaResponse } from "@medusajs/framework/http"
import { staffOf, type PortalRequest } from "@karya/plugin-facilities/lib/portal-context"
import { recordParticipantAccess } from "@karya/plugin-facilities/lib/access-log"
import { sendStatement } from "../../../../../handlers"

/** A participant's monthly statement as JSON, CSV or PDF. */
export async function GET(req: PortalRequest & { params: { participant_id: string } }, res: MedusaResponse) {
  // the statement carries her legal name and registration number; logged before it is sent (none if she is not found)
  await recordParticipantAccess(req, [req.params.participant_id], { facility_id: staffOf(req).facility_id })
  await sendStatement(req, res, staffOf(req).facility_id, req.params.participant_id)
}
