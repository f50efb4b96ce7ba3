import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordParticipantAccess } from "@karya/plugin-facilities/lib/access-log"
import { sendStatement } from "../../../../../../handlers"

export async function GET(req: MedusaRequest & { params: { id: string; participant_id: string } }, res: MedusaResponse) {
  // the statement carries her legal name and registration number; logged before it is sent (none if she is not found)
  await recordParticipantAccess(req, [req.params.participant_id], { facility_id: req.params.id })
  await sendStatement(req, res, req.params.id, req.params.participant_id)
}
