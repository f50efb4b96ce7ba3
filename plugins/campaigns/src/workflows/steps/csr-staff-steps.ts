import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { CAMPAIGNS_MODULE } from "../../modules/campaigns"
import type CampaignsModuleService from "../../modules/campaigns/service"

export type CreateCsrStaffInput = { email: string; name: string; program_ids: string[] }

const serviceOf = (container: { resolve: <T>(key: string) => T }) => container.resolve<CampaignsModuleService>(CAMPAIGNS_MODULE)

async function assertPrograms(service: CampaignsModuleService, ids: string[]) {
  const found = ids.length ? await service.listPrograms({ id: ids }, { select: ["id"] }) : []
  const missing = ids.filter((id) => !found.some((p) => p.id === id))
  if (missing.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `program_ids: no program ${missing.join(", ")}`)
}

export const createCsrStaffStep = createStep(
  "create-csr-staff",
  async (input: CreateCsrStaffInput, { container }) => {
    const service = serviceOf(container)
    const email = input.email.toLowerCase()
    const program_ids = [...new Set(input.program_ids)]
    await assertPrograms(service, program_ids)
    const [taken] = await service.listCsrStaffs({ email }, { select: ["id"] })
    if (taken) throw new MedusaError(MedusaError.Types.CONFLICT, `email: ${email} already has a CSR staff account`)
    const staff = await service.createCsrStaffs({ email, name: input.name, program_ids })
    return new StepResponse(staff, staff.id)
  },
  async (id, { container }) => {
    if (id) await serviceOf(container).deleteCsrStaffs(id)
  }
)

export const updateCsrStaffStep = createStep(
  "update-csr-staff",
  async (input: { id: string; name?: string; program_ids?: string[]; is_active?: boolean }, { container }) => {
    const service = serviceOf(container)
    const before = await service.retrieveCsrStaff(input.id)
    if (input.program_ids) await assertPrograms(service, [...new Set(input.program_ids)])
    const staff = await service.updateCsrStaffs({
      ...input,
      ...(input.program_ids ? { program_ids: [...new Set(input.program_ids)] } : {}),
    })
    return new StepResponse(staff, { id: before.id, name: before.name, program_ids: before.program_ids, is_active: before.is_active })
  },
  async (before, { container }) => {
    if (before) await serviceOf(container).updateCsrStaffs(before)
  }
)

/** An email + password identity for the `csr_staff` actor, pointing at the staff record. */
export const registerCsrIdentityStep = createStep(
  "register-csr-identity",
  async ({ email, password, staff_id }: { email: string; password: string; staff_id: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register("emailpass", {
      body: { email: email.toLowerCase(), password },
    } as never)
    if (!success || !authIdentity) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `email: ${error ?? "could not register this email"}`)
    }
    await auth.updateAuthIdentities({
      id: authIdentity.id,
      app_metadata: { ...(authIdentity.app_metadata ?? {}), csr_staff_id: staff_id },
    })
    return new StepResponse(authIdentity.id, authIdentity.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(Modules.AUTH).deleteAuthIdentities([id])
  }
)
