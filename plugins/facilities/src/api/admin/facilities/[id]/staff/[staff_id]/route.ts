import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { FACILITIES_MODULE } from "../../../../../../modules/facilities"
import type FacilitiesModuleService from "../../../../../../modules/facilities/service"

/** Removes a staff account and its sign-in identity: its tokens stop working at once (the actor is gone). */
export async function DELETE(req: AuthenticatedMedusaRequest & { params: { id: string; staff_id: string } }, res: MedusaResponse) {
  const service: FacilitiesModuleService = req.scope.resolve(FACILITIES_MODULE)
  const [staff] = await service.listFacilityStaffs({ id: req.params.staff_id, facility_id: req.params.id }, { select: ["id", "email"] })
  if (!staff) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Staff with id ${req.params.staff_id} was not found`)
  const auth = req.scope.resolve(Modules.AUTH)
  const identities = await auth.listProviderIdentities(
    { entity_id: staff.email, provider: "emailpass" },
    { relations: ["auth_identity"] }
  )
  const ours = identities.filter((i) => (i as { auth_identity?: { app_metadata?: Record<string, unknown> } }).auth_identity?.app_metadata?.facility_staff_id === staff.id)
  await service.deleteFacilityStaffs(staff.id)
  if (ours.length) await auth.deleteAuthIdentities(ours.map((i) => i.auth_identity_id!))
  res.json({ id: staff.id, object: "facility_staff", deleted: true })
}
