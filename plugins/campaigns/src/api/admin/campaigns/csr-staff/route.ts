import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CAMPAIGNS_MODULE } from "../../../../modules/campaigns"
import type CampaignsModuleService from "../../../../modules/campaigns/service"
import { createCsrStaffWorkflow } from "../../../../workflows/csr-staff"
import type { AdminCreateCsrStaff } from "../../../validators"

export const STAFF_FIELDS = ["id", "email", "name", "program_ids", "is_active", "created_at"] as const

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: CampaignsModuleService = req.scope.resolve(CAMPAIGNS_MODULE)
  const staff = await service.listCsrStaffs({}, { select: [...STAFF_FIELDS], order: { email: "ASC" } })
  res.json({ staff, count: staff.length })
}

/** Creates a CSR staff account for one or more programs; she signs in at POST /auth/csr_staff/emailpass. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateCsrStaff>, res: MedusaResponse) {
  const { result } = await createCsrStaffWorkflow(req.scope).run({ input: req.validatedBody as AdminCreateCsrStaff })
  const { id, email, name, program_ids, is_active } = result
  res.status(201).json({ staff: { id, email, name, program_ids, is_active } })
}
