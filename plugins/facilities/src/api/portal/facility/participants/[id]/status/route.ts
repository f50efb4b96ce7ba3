import type { MedusaResponse } from "@medusajs/framework/http"
import { updateParticipantWorkflow } from "../../../../../../workflows/participants"
import type { PortalRequest } from "../../../context"
import type { PortalSetStatus } from "../../../validators"
import { loadParticipant } from "../../load"

/** Active, released or transferred, from a date (today unless given). */
export async function POST(req: PortalRequest<PortalSetStatus> & { params: { id: string } }, res: MedusaResponse) {
  const { status, date } = req.validatedBody as PortalSetStatus
  const current = await loadParticipant(req, req.params.id, false)
  await updateParticipantWorkflow(req.scope).run({
    input: { id: current.id, status, status_changed_at: date ?? new Date() },
  })
  res.json({ participant: await loadParticipant(req, current.id) })
}
