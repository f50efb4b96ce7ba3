import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendEntries } from "../../../handlers"

/** The ledger explorer: every facility's entries, filtered by facility, account, order, kind and period. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await sendEntries(req, res, {})
}
