// Who is calling a portal route: the signed-in facility staff member and her facility. Every portal read and write is
// scoped with `facility_id` from here; a record of another facility is answered with 404, as if it did not exist.
import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FACILITIES_MODULE } from "../../../modules/facilities"
import type FacilitiesModuleService from "../../../modules/facilities/service"

export type StaffContext = { id: string; email: string; name: string; role: "manager" | "staff"; facility_id: string }
export type PortalRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & { staff?: StaffContext }

/** Loads the signed-in staff member; an unknown or deactivated account (or facility) is a 401. */
export async function loadStaff(request: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const req = request as PortalRequest
  const service: FacilitiesModuleService = req.scope.resolve(FACILITIES_MODULE)
  const [staff] = await service.listFacilityStaffs(
    { id: req.auth_context.actor_id, is_active: true },
    { relations: ["facility"] }
  )
  if (!staff || !staff.facility?.is_active) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized"))
  }
  req.staff = { id: staff.id, email: staff.email, name: staff.name, role: staff.role, facility_id: staff.facility.id }
  next()
}

export function staffOf(req: PortalRequest): StaffContext {
  if (!req.staff) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  return req.staff
}

export const notFound = (what: string, id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id ${id} was not found`)

/** Throws 404 unless the product belongs to the facility. */
export async function assertFacilityProduct(req: PortalRequest, productId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "facility.id"],
    filters: { id: productId },
  })
  const facility = (data[0] as { facility?: { id: string } } | undefined)?.facility
  if (facility?.id !== staffOf(req).facility_id) throw notFound("Product", productId)
}

/** Where new products are sold, shipped from and stocked: the store's default sales channel and its location. */
export async function storeDefaults(req: PortalRequest) {
  const store = req.scope.resolve(Modules.STORE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const fulfillment = req.scope.resolve(Modules.FULFILLMENT)
  const [s] = await store.listStores({}, { select: ["default_sales_channel_id"] })
  const { data } = await query.graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: { id: s?.default_sales_channel_id ?? "" },
  })
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" }, { select: ["id"] })
  const location = (data[0] as { stock_locations?: { id: string }[] } | undefined)?.stock_locations?.[0]
  if (!s?.default_sales_channel_id || !location || !profile) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The store has no default sales channel, stock location or shipping profile")
  }
  return { sales_channel_id: s.default_sales_channel_id, location_id: location.id, shipping_profile_id: profile.id }
}
