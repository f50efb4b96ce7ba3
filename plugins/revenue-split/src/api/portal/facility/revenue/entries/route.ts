import type { MedusaResponse } from "@medusajs/framework/http"
import { staffOf, type PortalRequest } from "@karya/plugin-facilities/lib/portal-context"
import { sendEntries } from "../../../../handlers"

/** The facility's ledger entries, newest first, with filters. */
export async function GET(req: PortalRequest, res: MedusaResponse) {
  await sendEntries(req, res, { facility_id: staffOf(req).facility_id })
}
