import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadManagedMotifs } from "../../../../lib/motif-credit"
import { updateMotifWorkflow } from "../../../../workflows/motifs"
import type { UpdateMotif } from "../../../validators"

type Params = { params: { id: string } }

async function load(req: AuthenticatedMedusaRequest & Params) {
  const [motif] = await loadManagedMotifs(req.scope, { id: req.params.id })
  if (!motif) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Motif with id ${req.params.id} was not found`)
  return motif
}

export async function GET(req: AuthenticatedMedusaRequest & Params, res: MedusaResponse) {
  res.json({ motif: await load(req) })
}

/** Edits a motif, e.g. marks it registered with its DJKI numbers. */
export async function POST(req: AuthenticatedMedusaRequest<UpdateMotif> & Params, res: MedusaResponse) {
  const current = await load(req)
  const { creators, ...motif } = req.validatedBody as UpdateMotif
  await updateMotifWorkflow(req.scope).run({ input: { id: current.id, facility_id: current.facility_id ?? "", motif, creators } })
  res.json({ motif: await load(req) })
}
