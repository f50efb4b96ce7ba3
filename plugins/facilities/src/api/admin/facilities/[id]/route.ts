import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { FACILITIES_MODULE } from "../../../../modules/facilities"
import type FacilitiesModuleService from "../../../../modules/facilities/service"
import { ADMIN_FACILITY_FIELDS } from "../route"
import type { AdminUpdateFacility } from "../validators"

type Params = { params: { id: string } }

async function load(req: AuthenticatedMedusaRequest & Params) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "facility",
    fields: [
      ...ADMIN_FACILITY_FIELDS,
      "staff.id", "staff.email", "staff.name", "staff.role", "staff.is_active",
      "participants.id", "participants.display_name", "participants.status", "participants.consent_display_name",
      "participants.consent_withdrawn_at", "participants.skills",
      "products.id", "products.title", "products.status", "products.thumbnail",
    ],
    filters: { id: req.params.id },
  })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Facility with id ${req.params.id} was not found`)
  return data[0]
}

export async function GET(req: AuthenticatedMedusaRequest & Params, res: MedusaResponse) {
  res.json({ facility: await load(req) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateFacility> & Params, res: MedusaResponse) {
  await load(req)
  const service: FacilitiesModuleService = req.scope.resolve(FACILITIES_MODULE)
  const body = req.validatedBody as AdminUpdateFacility
  if (body.handle) {
    const [taken] = await service.listFacilities({ handle: body.handle }, { select: ["id"] })
    if (taken && taken.id !== req.params.id) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `handle: a facility with handle ${body.handle} exists`)
    }
  }
  await service.updateFacilities({ id: req.params.id, ...body })
  res.json({ facility: await load(req) })
}

export async function DELETE(req: AuthenticatedMedusaRequest & Params, res: MedusaResponse) {
  const facility = await load(req)
  if ((facility.products ?? []).length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Facility ${req.params.id} still has products; deactivate it (is_active: false) instead`
    )
  }
  const service: FacilitiesModuleService = req.scope.resolve(FACILITIES_MODULE)
  await service.softDeleteFacilities(req.params.id)
  res.json({ id: req.params.id, object: "facility", deleted: true })
}
