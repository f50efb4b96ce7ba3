// The confirm answer that the portal (managers, their facility) and the admin (operators) share.
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadOrderPayment, toStaffTransfer } from "../lib/order-payment"
import { confirmTransferWorkflow } from "../workflows/confirm-transfer"
import type { ConfirmTransfer } from "./validators"

/** 200 `{ outcome, transfer }` when captured now or before; 409 naming `amount_received` when the amount differs
 * (the payment is then flagged, not captured). */
export async function confirmTransfer(
  req: MedusaRequest,
  res: MedusaResponse,
  input: { order_id: string; confirmed_by: string; facility_id?: string }
) {
  const { amount_received } = req.validatedBody as ConfirmTransfer
  let result
  try {
    ;({ result } = await confirmTransferWorkflow(req.scope).run({ input: { ...input, amount_received } }))
  } catch (error) {
    // Medusa's error handler answers every CONFLICT with a generic "retry" message; ours say why (canceled, expired…)
    if (MedusaError.isMedusaError(error) && (error as MedusaError).type === MedusaError.Types.CONFLICT) {
      res.status(409).json({ type: "conflict", message: (error as MedusaError).message })
      return
    }
    throw error
  }
  const transfer = toStaffTransfer(await loadOrderPayment(req.scope, input.order_id))
  if (result.outcome === "flagged") {
    res.status(409).json({ type: "conflict", message: result.message, field: "amount_received", flag_id: result.flag_id, transfer })
    return
  }
  res.json({ outcome: result.outcome, transfer })
}
