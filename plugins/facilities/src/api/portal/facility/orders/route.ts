import type { MedusaResponse } from "@medusajs/framework/http"
import { staffOf, type PortalRequest } from "../context"
import type { PortalListQuery } from "../validators"
import { facilityOrderIds, loadPortalOrders } from "./load"

export async function GET(req: PortalRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as PortalListQuery
  const ids = await facilityOrderIds(req)
  const orders = await loadPortalOrders(req, ids.slice(offset, offset + limit), staffOf(req).facility_id)
  res.json({ orders, count: ids.length, limit, offset })
}
