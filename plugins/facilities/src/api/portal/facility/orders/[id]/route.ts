import type { MedusaResponse } from "@medusajs/framework/http"
import { staffOf, type PortalRequest } from "../../context"
import { loadPortalOrder } from "../load"

export async function GET(req: PortalRequest & { params: { id: string } }, res: MedusaResponse) {
  res.json({ order: await loadPortalOrder(req, req.params.id, staffOf(req).facility_id) })
}
