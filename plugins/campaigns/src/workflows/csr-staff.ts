import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCsrStaffStep, registerCsrIdentityStep, updateCsrStaffStep, type CreateCsrStaffInput } from "./steps/csr-staff-steps"

/** A CSR staff account: the staff record (with her programs) and the email + password identity she signs in with
 * (`POST /auth/csr_staff/emailpass`). An email already registered undoes the record. */
export const createCsrStaffWorkflow = createWorkflow("create-csr-staff", (input: CreateCsrStaffInput & { password: string }) => {
  const staff = createCsrStaffStep(
    transform({ input }, ({ input }) => ({ email: input.email, name: input.name, program_ids: input.program_ids }))
  )
  registerCsrIdentityStep(transform({ input, staff }, ({ input, staff }) => ({ email: input.email, password: input.password, staff_id: staff.id })))
  return new WorkflowResponse(staff)
})

export const updateCsrStaffWorkflow = createWorkflow(
  "update-csr-staff",
  (input: { id: string; name?: string; program_ids?: string[]; is_active?: boolean }) => new WorkflowResponse(updateCsrStaffStep(input))
)
