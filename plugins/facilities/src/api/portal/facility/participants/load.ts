import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound, staffOf, type PortalRequest } from "../context"
import { PARTICIPANT_FIELDS, toPortalParticipant } from "../serializers"

export async function facilityShortName(req: PortalRequest): Promise<string> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "facility", fields: ["short_name"], filters: { id: staffOf(req).facility_id } })
  return (data[0] as { short_name: string }).short_name
}

export async function loadParticipants(req: PortalRequest, filters: Record<string, unknown>, pagination?: { skip: number; take: number }) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "participant",
    fields: [...PARTICIPANT_FIELDS],
    filters: { ...filters, facility_id: staffOf(req).facility_id },
    pagination: pagination ? { ...pagination, order: { display_name: "ASC" } } : undefined,
  })
  const shortName = await facilityShortName(req)
  return { participants: data.map((p) => toPortalParticipant(p as never, shortName)), count: metadata?.count ?? data.length }
}

/** One participant of the caller's facility, or 404. */
export async function loadParticipant(req: PortalRequest, id: string) {
  const { participants } = await loadParticipants(req, { id })
  if (!participants[0]) throw notFound("Participant", id)
  return participants[0] as ReturnType<typeof toPortalParticipant> & { id: string }
}
