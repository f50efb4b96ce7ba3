import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendExpoReport } from "../../../../../../lib/reports-send"

/** Any expo's dashboard, for operators. */
export async function GET(req: AuthenticatedMedusaRequest & { params: { id: string } }, res: MedusaResponse) {
  await sendExpoReport(req, res, req.params.id)
}
