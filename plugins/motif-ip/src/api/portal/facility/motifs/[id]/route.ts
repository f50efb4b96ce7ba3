import type { MedusaResponse } from "@medusajs/framework/http"
import { notFound, staffOf, type PortalRequest } from "@karya/plugin-facilities/lib/portal-context"
import { loadManagedMotifs } from "../../../../../lib/motif-credit"
import { updateMotifWorkflow } from "../../../../../workflows/motifs"
import type { UpdateMotif } from "../../../../validators"

type Params = { params: { id: string } }

async function ownMotif(req: PortalRequest & Params) {
  const [motif] = await loadManagedMotifs(req.scope, { id: req.params.id })
  if (!motif || motif.facility_id !== staffOf(req).facility_id) throw notFound("Motif", req.params.id)
  return motif
}

export async function GET(req: PortalRequest & Params, res: MedusaResponse) {
  res.json({ motif: await ownMotif(req) })
}

export async function POST(req: PortalRequest<UpdateMotif> & Params, res: MedusaResponse) {
  const current = await ownMotif(req)
  const { creators, ...motif } = req.validatedBody as UpdateMotif
  await updateMotifWorkflow(req.scope).run({ input: { id: current.id, facility_id: current.facility_id!, motif, creators } })
  res.json({ motif: await ownMotif(req) })
}
