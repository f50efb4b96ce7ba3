import type { MedusaResponse } from "@medusajs/framework/http"
import { updateParticipantWorkflow } from "../../../../../../workflows/participants"
import type { PortalRequest } from "../../../context"
import type { PortalGiveConsent } from "../../../validators"
import { loadParticipant } from "../../load"

type Params = { params: { id: string } }

/** She gives (or changes) her consent: what may be shown publicly, dated now. */
export async function POST(req: PortalRequest<PortalGiveConsent> & Params, res: MedusaResponse) {
  const { display_name, story } = req.validatedBody as PortalGiveConsent
  const current = await loadParticipant(req, req.params.id, false)
  await updateParticipantWorkflow(req.scope).run({
    input: {
      id: current.id,
      consent_display_name: display_name,
      consent_story: story,
      consent_given_at: new Date(),
      consent_withdrawn_at: null,
    },
  })
  res.json({ participant: await loadParticipant(req, current.id) })
}

/** She withdraws her consent: from now on she is shown only as a maker of her facility. */
export async function DELETE(req: PortalRequest & Params, res: MedusaResponse) {
  const current = await loadParticipant(req, req.params.id, false)
  await updateParticipantWorkflow(req.scope).run({
    input: { id: current.id, consent_display_name: false, consent_story: false, consent_withdrawn_at: new Date() },
  })
  res.json({ participant: await loadParticipant(req, current.id) })
}
