import type { MedusaResponse } from "@medusajs/framework/http"
import { updateParticipantWorkflow } from "../../../../../workflows/participants"
import type { PortalRequest } from "../../context"
import type { PortalUpdateParticipant } from "../../validators"
import { loadParticipant } from "../load"

type Params = { params: { id: string } }

export async function GET(req: PortalRequest & Params, res: MedusaResponse) {
  res.json({ participant: await loadParticipant(req, req.params.id) })
}

export async function POST(req: PortalRequest<PortalUpdateParticipant> & Params, res: MedusaResponse) {
  const current = await loadParticipant(req, req.params.id, false)
  await updateParticipantWorkflow(req.scope).run({ input: { id: current.id, ...(req.validatedBody as PortalUpdateParticipant) } })
  res.json({ participant: await loadParticipant(req, current.id) })
}
