import type { MedusaResponse } from "@medusajs/framework/http"
import { staffOf, type PortalRequest } from "@karya/plugin-facilities/lib/portal-context"
import { sendMonthSummary } from "../../../../../handlers"

/** The facility's month summary as JSON or CSV. */
export async function GET(req: PortalRequest & { params: { month: string } }, res: MedusaResponse) {
  await sendMonthSummary(req, res, staffOf(req).facility_id, req.params.month)
}
