// The participant access log: every portal or admin route that returns a participant's private fields
// (`legal_name`, `registration_number`) records who read them, when and through which route. Other plugins (the
// revenue-split statements) call `recordParticipantAccess` too, so the facility manager and the platform operators
// see every such read in one place.
import type { AuthenticatedMedusaRequest, MedusaRequest } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { FACILITIES_MODULE } from "../modules/facilities"
import type FacilitiesModuleService from "../modules/facilities/service"
import type { StaffContext } from "../api/portal/facility/context"

export const PRIVATE_PARTICIPANT_FIELDS = ["legal_name", "registration_number"] as const

export type ParticipantAccessRow = {
  id: string
  actor_type: "facility_staff" | "user"
  actor_id: string
  actor_email: string | null
  participant_id: string
  facility_id: string
  fields: string[]
  route: string
  created_at: Date | string
}

/** Writes one row per participant for a read of their private fields by the caller of `req`. The participants'
 * facility is looked up here, so callers pass ids only. Call it before the answer is sent: a caller's next request
 * must find the row. The route is the method and path without the query string
 * (a query may carry a search term, which is not needed in the log). */
export async function recordParticipantAccess(
  req: MedusaRequest,
  participantIds: string[],
  options: { facility_id?: string; fields?: readonly string[] } = {}
): Promise<void> {
  const fields = options.fields ?? PRIVATE_PARTICIPANT_FIELDS
  const ids = [...new Set(participantIds)]
  if (!ids.length) return
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  const staff = (req as MedusaRequest & { staff?: StaffContext }).staff
  const actorType: "facility_staff" | "user" | null = staff ? "facility_staff" : auth?.actor_type === "user" ? "user" : null
  // Only signed-in staff and operators can reach these routes; anything else is a bug that must not pass silently.
  if (!actorType || !auth?.actor_id) throw new Error("recordParticipantAccess: the request has no facility staff or user actor")
  let email: string | null = staff?.email ?? null
  if (!staff) {
    const users = req.scope.resolve(Modules.USER)
    const [user] = await users.listUsers({ id: auth.actor_id }, { select: ["email"] })
    email = user?.email ?? null
  }
  const service: FacilitiesModuleService = req.scope.resolve(FACILITIES_MODULE)
  // With `facility_id`, a participant of another facility (or none) is not logged: the route answers 404 for her.
  const filter = options.facility_id ? { id: ids, facility_id: options.facility_id } : { id: ids }
  const participants = await service.listParticipants(filter, { select: ["id", "facility_id"], withDeleted: true })
  const route = `${req.method} ${(req.originalUrl ?? req.url).split("?")[0]}`
  await service.createParticipantAccesses(
    participants.map((p) => ({
      actor_type: actorType,
      actor_id: auth.actor_id,
      actor_email: email,
      participant_id: p.id,
      facility_id: (p as unknown as { facility_id: string }).facility_id,
      fields: [...fields],
      route,
    }))
  )
}

export function toAccessLogEntry(row: ParticipantAccessRow) {
  return {
    id: row.id,
    actor: { type: row.actor_type, id: row.actor_id, email: row.actor_email },
    participant_id: row.participant_id,
    facility_id: row.facility_id,
    fields: row.fields,
    route: row.route,
    created_at: row.created_at,
  }
}

/** `?participant_id=&limit=50&offset=0` for both access-log routes; operators may also filter by `facility_id`. */
export const AccessLogQuery = z
  .object({
    participant_id: z.string().trim().min(1).max(64).optional(),
    facility_id: z.string().trim().min(1).max(64).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type AccessLogQuery = z.infer<typeof AccessLogQuery>

/** A page of the log, newest first, each row with the participant's display name (never her private fields). */
export async function listParticipantAccess(req: MedusaRequest, filters: { facility_id?: string; participant_id?: string }, page: { limit: number; offset: number }) {
  const service: FacilitiesModuleService = req.scope.resolve(FACILITIES_MODULE)
  const where: Record<string, string> = {}
  if (filters.facility_id) where.facility_id = filters.facility_id
  if (filters.participant_id) where.participant_id = filters.participant_id
  const [rows, count] = await service.listAndCountParticipantAccesses(where, {
    skip: page.offset,
    take: page.limit,
    order: { created_at: "DESC", id: "DESC" },
  })
  const ids = [...new Set(rows.map((r) => r.participant_id))]
  const names = new Map(
    ids.length
      ? (await service.listParticipants({ id: ids }, { select: ["id", "display_name"], withDeleted: true })).map((p) => [p.id, p.display_name])
      : []
  )
  return {
    entries: rows.map((r) => ({
      ...toAccessLogEntry(r as unknown as ParticipantAccessRow),
      participant: { id: r.participant_id, display_name: names.get(r.participant_id) ?? null },
    })),
    count,
    limit: page.limit,
    offset: page.offset,
  }
}
