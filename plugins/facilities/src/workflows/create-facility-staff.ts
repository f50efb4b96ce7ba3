import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createFacilityStaffStep, type CreateFacilityStaffInput } from "./steps/create-facility-staff"
import { registerStaffIdentityStep } from "./steps/register-staff-identity"

/** A facility staff account: the staff record and the email + password identity it signs in with. */
export const createFacilityStaffWorkflow = createWorkflow(
  "create-facility-staff",
  (input: CreateFacilityStaffInput & { password: string }) => {
    const staffInput = transform({ input }, ({ input }) => ({
      facility_id: input.facility_id,
      email: input.email,
      name: input.name,
      role: input.role,
    }))
    const staff = createFacilityStaffStep(staffInput)
    const identity = transform({ input, staff }, ({ input, staff }) => ({
      email: input.email,
      password: input.password,
      staff_id: staff.id,
    }))
    registerStaffIdentityStep(identity)
    return new WorkflowResponse(staff)
  }
)
