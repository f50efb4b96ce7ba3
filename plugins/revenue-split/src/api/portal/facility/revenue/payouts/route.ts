import type { MedusaResponse } from "@medusajs/framework/http"
import { type PortalRequest } from "@karya/plugin-facilities/lib/portal-context"
import { recordPayout } from "../../../../handlers"
import { managerOf } from "../../../../manager"

/** Managers record premi paid out of a participant's balance (never above it). */
export async function POST(req: PortalRequest, res: MedusaResponse) {
  const manager = managerOf(req)
  await recordPayout(req, res, manager.facility_id, manager.id)
}
