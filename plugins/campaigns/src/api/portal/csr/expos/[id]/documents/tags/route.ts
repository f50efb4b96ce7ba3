import type { MedusaResponse } from "@medusajs/framework/http"
import { sendExpoDocument } from "../../../../../../../lib/expo-documents"
import { ownExpo, type CsrRequest } from "../../../../context"
import type { ExpoTagSheetQuery } from "../validators"

/** The expo's tag sheet (PDF, `copies` tags of each featured product); another program's expo is a 404. */
export async function GET(req: CsrRequest, res: MedusaResponse) {
  const expo = await ownExpo(req, req.params.id!)
  await sendExpoDocument(req.scope, res, expo.id, "tags", (req.validatedQuery as ExpoTagSheetQuery).copies)
}
