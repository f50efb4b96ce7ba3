import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadOrderPayment, toStorePayment } from "../../../../../lib/order-payment"

/** The payment of an order (the confirmation page): status, amount and, for a bank transfer, its instructions. The
 * order id is the buyer's secret link, as for Medusa's own GET /store/orders/:id. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ payment: toStorePayment(await loadOrderPayment(req.scope, req.params.id!)) })
}
