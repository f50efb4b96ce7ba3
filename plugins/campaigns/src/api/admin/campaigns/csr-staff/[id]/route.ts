import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CAMPAIGNS_MODULE } from "../../../../../modules/campaigns"
import type CampaignsModuleService from "../../../../../modules/campaigns/service"
import { updateCsrStaffWorkflow } from "../../../../../workflows/csr-staff"
import type { AdminUpdateCsrStaff } from "../../../../validators"

/** Changes a CSR staff member's name, programs or active flag (an inactive account gets 401 on the portal). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCsrStaff> & { params: { id: string } }, res: MedusaResponse) {
  const service: CampaignsModuleService = req.scope.resolve(CAMPAIGNS_MODULE)
  const [found] = await service.listCsrStaffs({ id: req.params.id }, { select: ["id"] })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `CSR staff with id ${req.params.id} was not found`)
  const { result } = await updateCsrStaffWorkflow(req.scope).run({ input: { ...(req.validatedBody as AdminUpdateCsrStaff), id: req.params.id } })
  const { id, email, name, program_ids, is_active } = result
  res.json({ staff: { id, email, name, program_ids, is_active } })
}
