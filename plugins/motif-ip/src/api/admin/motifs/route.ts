import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadManagedMotifs } from "../../../lib/motif-credit"
import { createMotifWorkflow } from "../../../workflows/motifs"
import type { AdminCreateMotif, ListMotifs } from "../../validators"

/** The motif registry of all facilities. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { facility, status, limit, offset } = req.validatedQuery as ListMotifs
  let motifs = await loadManagedMotifs(req.scope, status ? { status } : {})
  if (facility) motifs = motifs.filter((m) => m.facility?.handle === facility)
  motifs.sort((a, b) => a.title.localeCompare(b.title, "id"))
  res.json({ motifs: motifs.slice(offset, offset + limit), count: motifs.length, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateMotif>, res: MedusaResponse) {
  const { facility_id, creators, ...motif } = req.validatedBody as AdminCreateMotif
  const { result } = await createMotifWorkflow(req.scope).run({ input: { facility_id, motif, creators } })
  const [created] = await loadManagedMotifs(req.scope, { id: result.id })
  res.status(201).json({ motif: created })
}
