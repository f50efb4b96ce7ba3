import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendProgramReport } from "../../../../../../lib/reports-send"

/** Any program's impact report (JSON, CSV or PDF), for operators. */
export async function GET(req: AuthenticatedMedusaRequest & { params: { id: string } }, res: MedusaResponse) {
  await sendProgramReport(req, res, req.params.id)
}
