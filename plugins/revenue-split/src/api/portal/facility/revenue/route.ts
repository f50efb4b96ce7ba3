import type { MedusaResponse } from "@medusajs/framework/http"
import { staffOf, type PortalRequest } from "@karya/plugin-facilities/lib/portal-context"
import { sendOverview } from "../../../handlers"

/** The facility's template, account balances and each participant's balance. */
export async function GET(req: PortalRequest, res: MedusaResponse) {
  await sendOverview(req, res, staffOf(req).facility_id)
}
