import type { MedusaResponse } from "@medusajs/framework/http"
import { sendExpoReport } from "../../../../../../lib/reports-send"
import { ownExpo, type CsrRequest } from "../../../context"

/** The dashboard of one of the caller's expos; another program's expo is a 404. */
export async function GET(req: CsrRequest, res: MedusaResponse) {
  const expo = await ownExpo(req, req.params.id!)
  await sendExpoReport(req, res, expo.id)
}
