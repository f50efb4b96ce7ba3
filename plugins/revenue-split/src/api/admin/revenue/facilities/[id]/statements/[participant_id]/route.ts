import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendStatement } from "../../../../../../handlers"

export async function GET(req: MedusaRequest & { params: { id: string; participant_id: string } }, res: MedusaResponse) {
  await sendStatement(req, res, req.params.id, req.params.participant_id)
}
