import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendOverview } from "../../../../handlers"

export async function GET(req: MedusaRequest & { params: { id: string } }, res: MedusaResponse) {
  await sendOverview(req, res, req.params.id)
}
