import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FACILITIES_MODULE } from "../../../../../modules/facilities"
import type FacilitiesModuleService from "../../../../../modules/facilities/service"
import { createFacilityStaffWorkflow } from "../../../../../workflows/create-facility-staff"
import type { AdminCreateStaff } from "../../validators"

type Params = { params: { id: string } }

async function facilityOr404(req: AuthenticatedMedusaRequest & Params) {
  const service: FacilitiesModuleService = req.scope.resolve(FACILITIES_MODULE)
  const [facility] = await service.listFacilities({ id: req.params.id }, { select: ["id"] })
  if (!facility) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Facility with id ${req.params.id} was not found`)
  return service
}

export async function GET(req: AuthenticatedMedusaRequest & Params, res: MedusaResponse) {
  const service = await facilityOr404(req)
  const staff = await service.listFacilityStaffs(
    { facility_id: req.params.id },
    { select: ["id", "email", "name", "role", "is_active", "created_at"] }
  )
  res.json({ staff })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateStaff> & Params, res: MedusaResponse) {
  await facilityOr404(req)
  const { result } = await createFacilityStaffWorkflow(req.scope).run({
    input: { ...(req.validatedBody as AdminCreateStaff), facility_id: req.params.id },
  })
  const { id, email, name, role, is_active } = result
  res.status(201).json({ staff: { id, email, name, role, is_active } })
}
