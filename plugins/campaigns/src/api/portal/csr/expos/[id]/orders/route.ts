import type { MedusaResponse } from "@medusajs/framework/http"
import { listExpoOrders, loadBoothOrder } from "../../../../../../lib/booth"
import { placeBoothOrderWorkflow } from "../../../../../../workflows/booth"
import { csrOf, ownExpo, type CsrRequest } from "../../../context"
import type { PortalCreateBoothOrder, PortalListExpoOrders } from "./validators"

/** The expo's attributed orders (booth sales and QR visits), newest first. */
export async function GET(req: CsrRequest & { validatedQuery?: unknown }, res: MedusaResponse) {
  const expo = await ownExpo(req, req.params.id!)
  const { limit, offset } = req.validatedQuery as PortalListExpoOrders
  const { orders, count } = await listExpoOrders(req.scope, expo.id, { limit, offset })
  res.json({ orders, count, limit, offset })
}

/** A booth sale placed by the signed-in CSR officer in the expo's sales channel: 201 with the order, or 200 with the
 * first order when the idempotency key was used already. */
export async function POST(req: CsrRequest<PortalCreateBoothOrder>, res: MedusaResponse) {
  const expo = await ownExpo(req, req.params.id!)
  const body = req.validatedBody as PortalCreateBoothOrder
  const { result } = await placeBoothOrderWorkflow(req.scope).run({
    input: { ...body, expo_id: expo.id, recorded_by: csrOf(req).id },
  })
  res.status(result.replayed ? 200 : 201).json({ order: await loadBoothOrder(req.scope, result.order_id) })
}
