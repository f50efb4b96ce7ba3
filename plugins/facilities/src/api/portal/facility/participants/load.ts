import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound, staffOf, type PortalRequest } from "../context"
import { PARTICIPANT_FIELDS, toPortalParticipant } from "../serializers"
import { recordParticipantAccess } from "../../../../lib/access-log"

export async function facilityShortName(req: PortalRequest): Promise<string> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "facility", fields: ["short_name"], filters: { id: staffOf(req).facility_id } })
  return (data[0] as { short_name: string }).short_name
}

/** Participants of the caller's facility with their private fields. Each one returned is written to the access log,
 * unless `audit` is false: a route that only checks she exists before changing her logs the read it answers with. */
export async function loadParticipants(
  req: PortalRequest,
  filters: Record<string, unknown>,
  pagination?: { skip: number; take: number },
  audit = true
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "participant",
    fields: [...PARTICIPANT_FIELDS],
    filters: { ...filters, facility_id: staffOf(req).facility_id },
    pagination: pagination ? { ...pagination, order: { display_name: "ASC" } } : undefined,
  })
  const shortName = await facilityShortName(req)
  if (audit) await recordParticipantAccess(req, data.map((p) => (p as { id: string }).id))
  return { participants: data.map((p) => toPortalParticipant(p as never, shortName)), count: metadata?.count ?? data.length }
}

/** One participant of the caller's facility, or 404. */
export async function loadParticipant(req: PortalRequest, id: string, audit = true) {
  const { participants } = await loadParticipants(req, { id }, undefined, audit)
  if (!participants[0]) throw notFound("Participant", id)
  return participants[0] as ReturnType<typeof toPortalParticipant> & { id: string }
}
