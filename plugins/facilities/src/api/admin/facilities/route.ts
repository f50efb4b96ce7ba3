import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { FACILITIES_MODULE } from "../../../modules/facilities"
import type FacilitiesModuleService from "../../../modules/facilities/service"
import type { AdminCreateFacility, AdminListQuery } from "./validators"

export const ADMIN_FACILITY_FIELDS = [
  "id", "handle", "name", "short_name", "kind", "class", "city", "province", "story_id", "story_en",
  "cover_image", "whatsapp", "is_active", "created_at", "updated_at",
]

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as AdminListQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "facility",
    fields: [...ADMIN_FACILITY_FIELDS, "products.id", "participants.id", "staff.id"],
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  const facilities = data.map(({ products, participants, staff, ...f }) => ({
    ...f,
    product_count: (products ?? []).length,
    participant_count: (participants ?? []).length,
    staff_count: (staff ?? []).length,
  }))
  res.json({ facilities, count: metadata?.count ?? facilities.length, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateFacility>, res: MedusaResponse) {
  const body = req.validatedBody as AdminCreateFacility
  const service: FacilitiesModuleService = req.scope.resolve(FACILITIES_MODULE)
  const [taken] = await service.listFacilities({ handle: body.handle }, { select: ["id"] })
  if (taken) throw new MedusaError(MedusaError.Types.CONFLICT, `handle: a facility with handle ${body.handle} exists`)
  const facility = await service.createFacilities(body)
  res.status(201).json({ facility })
}
