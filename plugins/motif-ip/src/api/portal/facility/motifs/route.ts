import type { MedusaResponse } from "@medusajs/framework/http"
import { staffOf, type PortalRequest } from "@karya/plugin-facilities/lib/portal-context"
import { loadManagedMotifs } from "../../../../lib/motif-credit"
import { createMotifWorkflow } from "../../../../workflows/motifs"
import type { PortalCreateMotif } from "../../../validators"

/** The facility's own motifs, and the other facilities' motifs whose licence lets this facility use them. */
export async function GET(req: PortalRequest, res: MedusaResponse) {
  const facilityId = staffOf(req).facility_id
  const all = await loadManagedMotifs(req.scope, {})
  const own = all.filter((m) => m.facility_id === facilityId)
  const usable = all.filter((m) => m.facility_id !== facilityId && m.licence.other_facilities_allowed && m.status === "registered")
  res.json({
    motifs: own,
    count: own.length,
    usable_from_other_facilities: usable.map(({ creator_ids: _c, holder_participant_id: _h, ...m }) => m),
  })
}

export async function POST(req: PortalRequest<PortalCreateMotif>, res: MedusaResponse) {
  const { creators, ...motif } = req.validatedBody as PortalCreateMotif
  const { result } = await createMotifWorkflow(req.scope).run({
    input: { facility_id: staffOf(req).facility_id, motif, creators },
  })
  const [created] = await loadManagedMotifs(req.scope, { id: result.id })
  res.status(201).json({ motif: created })
}
