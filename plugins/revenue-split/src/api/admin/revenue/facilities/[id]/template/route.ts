import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordTemplate, sendTemplate } from "../../../../../handlers"

export async function GET(req: AuthenticatedMedusaRequest & { params: { id: string } }, res: MedusaResponse) {
  await sendTemplate(req, res, req.params.id)
}

export async function POST(req: AuthenticatedMedusaRequest & { params: { id: string } }, res: MedusaResponse) {
  await recordTemplate(req, res, req.params.id, req.auth_context.actor_id)
}
