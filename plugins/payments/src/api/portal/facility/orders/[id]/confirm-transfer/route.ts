import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { staffOf, type PortalRequest } from "@karya/plugin-facilities/lib/portal-context"
import { confirmTransfer } from "../../../../../handlers"
import type { ConfirmTransfer } from "../../../../../validators"

/** A manager confirms the bank transfer of an order made of her facility's goods only. */
export async function POST(req: PortalRequest<ConfirmTransfer> & { params: { id: string } }, res: MedusaResponse) {
  const staff = staffOf(req)
  if (staff.role !== "manager") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only a facility manager can confirm a bank transfer")
  }
  await confirmTransfer(req, res, { order_id: req.params.id, confirmed_by: staff.id, facility_id: staff.facility_id })
}
