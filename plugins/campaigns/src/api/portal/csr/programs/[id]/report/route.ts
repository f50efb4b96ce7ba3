import type { MedusaResponse } from "@medusajs/framework/http"
import { sendProgramReport } from "../../../../../../lib/reports-send"
import { csrOf, notFound, type CsrRequest } from "../../../context"

/** The impact report of one of the caller's programs (JSON, CSV or PDF); another program's is a 404. */
export async function GET(req: CsrRequest, res: MedusaResponse) {
  const id = req.params.id!
  if (!csrOf(req).program_ids.includes(id)) throw notFound("Program", id)
  await sendProgramReport(req, res, id)
}
