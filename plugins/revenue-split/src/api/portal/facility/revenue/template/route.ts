import type { MedusaResponse } from "@medusajs/framework/http"
import { staffOf, type PortalRequest } from "@karya/plugin-facilities/lib/portal-context"
import { recordTemplate, sendTemplate } from "../../../../handlers"
import { managerOf } from "../../../../manager"

/** The template in force and its versions; every staff member may read it. */
export async function GET(req: PortalRequest, res: MedusaResponse) {
  await sendTemplate(req, res, staffOf(req).facility_id)
}

/** Managers record a new version, for payments captured from now on. */
export async function POST(req: PortalRequest, res: MedusaResponse) {
  const manager = managerOf(req)
  await recordTemplate(req, res, manager.facility_id, manager.id)
}
