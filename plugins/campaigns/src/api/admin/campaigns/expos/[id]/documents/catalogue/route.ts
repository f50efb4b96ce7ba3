import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendExpoDocument } from "../../../../../../../lib/expo-documents"

/** Any expo's catalogue (PDF), for operators. */
export async function GET(req: AuthenticatedMedusaRequest & { params: { id: string } }, res: MedusaResponse) {
  await sendExpoDocument(req.scope, res, req.params.id, "catalogue")
}
