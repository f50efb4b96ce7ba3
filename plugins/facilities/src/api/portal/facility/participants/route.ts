import type { MedusaResponse } from "@medusajs/framework/http"
import { createParticipantsWorkflow } from "../../../../workflows/participants"
import { staffOf, type PortalRequest } from "../context"
import type { PortalCreateParticipant, PortalListQuery } from "../validators"
import { loadParticipant, loadParticipants } from "./load"

export async function GET(req: PortalRequest, res: MedusaResponse) {
  const { q, status, limit, offset } = req.validatedQuery as PortalListQuery
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (q) filters.display_name = { $ilike: `%${q.replace(/[%_\\]/g, "\\$&")}%` }
  res.json({ ...(await loadParticipants(req, filters, { skip: offset, take: limit })), limit, offset })
}

export async function POST(req: PortalRequest<PortalCreateParticipant>, res: MedusaResponse) {
  const body = req.validatedBody as PortalCreateParticipant
  const consenting = body.consent_display_name || body.consent_story
  const { result } = await createParticipantsWorkflow(req.scope).run({
    input: {
      participants: [
        {
          ...body,
          facility_id: staffOf(req).facility_id,
          joined_at: body.joined_at ?? new Date(),
          consent_given_at: consenting ? new Date() : null,
        },
      ],
    },
  })
  res.status(201).json({ participant: await loadParticipant(req, result[0]!.id) })
}
