import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"

export type RegisterStaffIdentityInput = { email: string; password: string; staff_id: string }

export const registerStaffIdentityStepId = "register-staff-identity"

/** An email + password identity for the `facility_staff` actor, pointing at the staff record. */
export const registerStaffIdentityStep = createStep(
  registerStaffIdentityStepId,
  async ({ email, password, staff_id }: RegisterStaffIdentityInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register("emailpass", {
      body: { email: email.toLowerCase(), password },
    } as never)
    if (!success || !authIdentity) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `email: ${error ?? "could not register this email"}`)
    }
    await auth.updateAuthIdentities({
      id: authIdentity.id,
      app_metadata: { ...(authIdentity.app_metadata ?? {}), facility_staff_id: staff_id },
    })
    return new StepResponse(authIdentity.id, authIdentity.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve(Modules.AUTH).deleteAuthIdentities([id])
  }
)
