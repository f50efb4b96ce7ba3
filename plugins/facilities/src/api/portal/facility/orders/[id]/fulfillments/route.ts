import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { staffOf, type PortalRequest } from "../../../context"
import type { PortalCreateFulfillment } from "../../../validators"
import { loadPortalOrder } from "../../load"

/** The facility's unfulfilled items of an order are ready for pickup, or shipped with a tracking number. */
export async function POST(req: PortalRequest<PortalCreateFulfillment> & { params: { id: string } }, res: MedusaResponse) {
  const { kind, tracking_number } = req.validatedBody as PortalCreateFulfillment
  const staff = staffOf(req)
  const order = await loadPortalOrder(req, req.params.id, staff.facility_id)
  const items = order.items
    .filter((i) => i.fulfilled_quantity < i.quantity)
    .map((i) => ({ id: i.id, quantity: i.quantity - i.fulfilled_quantity }))
  if (!items.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${order.id} has no unfulfilled items of this facility`)
  }
  const { result: fulfillment } = await createOrderFulfillmentWorkflow(req.scope).run({
    input: { order_id: order.id, items, created_by: staff.id, metadata: { kind, facility_id: staff.facility_id } },
  })
  if (kind === "shipment") {
    await createOrderShipmentWorkflow(req.scope).run({
      input: {
        order_id: order.id,
        fulfillment_id: fulfillment.id,
        items,
        created_by: staff.id,
        labels: [{ tracking_number: tracking_number!, tracking_url: "#", label_url: "#" }],
      },
    })
  }
  res.status(201).json({ order: await loadPortalOrder(req, order.id, staff.facility_id) })
}
