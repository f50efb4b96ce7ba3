import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmTransfer } from "../../../../handlers"
import type { ConfirmTransfer } from "../../../../validators"

/** An operator confirms the bank transfer of any order. */
export async function POST(req: AuthenticatedMedusaRequest<ConfirmTransfer>, res: MedusaResponse) {
  await confirmTransfer(req, res, { order_id: req.params.order_id!, confirmed_by: req.auth_context.actor_id })
}
