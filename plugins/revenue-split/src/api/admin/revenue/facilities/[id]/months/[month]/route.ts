import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendMonthSummary } from "../../../../../../handlers"

export async function GET(req: MedusaRequest & { params: { id: string; month: string } }, res: MedusaResponse) {
  await sendMonthSummary(req, res, req.params.id, req.params.month)
}
