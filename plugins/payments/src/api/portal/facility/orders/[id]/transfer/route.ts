import type { MedusaResponse } from "@medusajs/framework/http"
import { notFound, staffOf, type PortalRequest } from "@karya/plugin-facilities/lib/portal-context"
import { facilityShareOf } from "../../../../../../lib/facility-scope"
import { loadOrderPayment, toStaffTransfer } from "../../../../../../lib/order-payment"
import { otherFacilitiesMessage } from "../../../../../../workflows/steps/decide-transfer-confirm"

/** The payment of one of the facility's orders: status, amount due, the transfer's reference and flags, and whether
 * the signed-in staff member can confirm it (and why not). 404 for an order without the facility's goods. */
export async function GET(req: PortalRequest & { params: { id: string } }, res: MedusaResponse) {
  const staff = staffOf(req)
  const found = await loadOrderPayment(req.scope, req.params.id).catch(() => null)
  if (!found) throw notFound("Order", req.params.id)
  const share = await facilityShareOf(req.scope, found.order, staff.facility_id)
  if (share === "none") throw notFound("Order", req.params.id)
  const open = found.status === "awaiting" || found.status === "flagged"
  const reason = !found.transfer
    ? "not_bank_transfer"
    : !open
      ? "not_awaiting"
      : share !== "all"
        ? "other_facilities"
        : staff.role !== "manager"
          ? "not_manager"
          : null
  res.json({
    transfer: {
      ...toStaffTransfer(found),
      can_confirm: reason === null,
      cannot_confirm: reason,
      cannot_confirm_message: reason === "other_facilities" ? otherFacilitiesMessage(found.order.display_id) : null,
    },
  })
}
