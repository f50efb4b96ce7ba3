import type { MedusaResponse } from "@medusajs/framework/http"
import { staffOf, type PortalRequest } from "@karya/plugin-facilities/lib/portal-context"
import { sendStatement } from "../../../../../handlers"

/** A participant's monthly statement as JSON, CSV or PDF. */
export async function GET(req: PortalRequest & { params: { participant_id: string } }, res: MedusaResponse) {
  await sendStatement(req, res, staffOf(req).facility_id, req.params.participant_id)
}
