import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { FACILITIES_MODULE } from "../../modules/facilities"
import type FacilitiesModuleService from "../../modules/facilities/service"

export type CreateFacilityStaffInput = { facility_id: string; email: string; name: string; role: "manager" | "staff" }

export const createFacilityStaffStepId = "create-facility-staff"

export const createFacilityStaffStep = createStep(
  createFacilityStaffStepId,
  async (input: CreateFacilityStaffInput, { container }) => {
    const service: FacilitiesModuleService = container.resolve(FACILITIES_MODULE)
    const email = input.email.toLowerCase()
    const [taken] = await service.listFacilityStaffs({ email }, { select: ["id"] })
    if (taken) throw new MedusaError(MedusaError.Types.CONFLICT, `email: ${email} already has a staff account`)
    const staff = await service.createFacilityStaffs({ ...input, email })
    return new StepResponse(staff, staff.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: FacilitiesModuleService = container.resolve(FACILITIES_MODULE)
    await service.deleteFacilityStaffs(id)
  }
)
