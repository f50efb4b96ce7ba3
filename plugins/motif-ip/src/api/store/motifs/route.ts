import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadStoreMotifs } from "../../../lib/motif-credit"
import type { ListMotifs } from "../../validators"

/** The motif gallery: every motif that is applied for or registered (drafts stay in the portal). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { facility, status, limit, offset } = req.validatedQuery as ListMotifs
  let motifs = await loadStoreMotifs(req.scope, { status: status ?? ["applied", "registered", "expired"] })
  if (facility) motifs = motifs.filter((m) => m.facility?.handle === facility)
  motifs.sort((a, b) => a.title.localeCompare(b.title, "id"))
  res.json({ motifs: motifs.slice(offset, offset + limit), count: motifs.length, limit, offset })
}
