import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadOrderPayment, toStaffTransfer } from "../../../../lib/order-payment"

/** An order's payment for operators (the order page's widget): status, amount due, transfer reference, flags. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const found = await loadOrderPayment(req.scope, req.params.order_id!)
  const open = found.status === "awaiting" || found.status === "flagged"
  res.json({ transfer: { ...toStaffTransfer(found), can_confirm: Boolean(found.transfer) && open } })
}
