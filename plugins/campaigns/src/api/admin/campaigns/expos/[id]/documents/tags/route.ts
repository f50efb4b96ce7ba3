import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendExpoDocument } from "../../../../../../../lib/expo-documents"
import type { ExpoTagSheetQuery } from "../../../../../../portal/csr/expos/[id]/documents/validators"

/** Any expo's tag sheet (PDF), for operators. */
export async function GET(req: AuthenticatedMedusaRequest & { params: { id: string } }, res: MedusaResponse) {
  await sendExpoDocument(req.scope, res, req.params.id, "tags", (req.validatedQuery as ExpoTagSheetQuery).copies)
}
