// Who is calling a CSR portal route: the signed-in CSR staff member and her programs. Every read and write is scoped
// to `program_ids` from here; a program or expo of another program answers 404, as if it did not exist.
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CAMPAIGNS_MODULE } from "../../../modules/campaigns"
import type CampaignsModuleService from "../../../modules/campaigns/service"

export type CsrContext = { id: string; email: string; name: string; program_ids: string[] }
export type CsrRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & { csr?: CsrContext; params: Record<string, string> }

/** Loads the signed-in CSR staff member; an unknown or deactivated account is a 401. Only active programs count. */
export async function loadCsrStaff(request: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const req = request as CsrRequest
  const service: CampaignsModuleService = req.scope.resolve(CAMPAIGNS_MODULE)
  const [staff] = await service.listCsrStaffs({ id: req.auth_context?.actor_id, is_active: true })
  if (!staff) return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized"))
  const programs = staff.program_ids.length
    ? await service.listPrograms({ id: staff.program_ids, is_active: true }, { select: ["id"] })
    : []
  req.csr = { id: staff.id, email: staff.email, name: staff.name, program_ids: programs.map((p) => p.id) }
  next()
}

export function csrOf(req: CsrRequest): CsrContext {
  if (!req.csr) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  return req.csr
}

export const notFound = (what: string, id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id ${id} was not found`)

/** The expo if it belongs to one of the caller's programs, else 404. */
export async function ownExpo(req: CsrRequest, id: string) {
  const service: CampaignsModuleService = req.scope.resolve(CAMPAIGNS_MODULE)
  const [expo] = await service.listExpos({ id })
  if (!expo || !csrOf(req).program_ids.includes(expo.program_id)) throw notFound("Expo", id)
  return expo
}
