import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FACILITIES_MODULE } from "../../../../modules/facilities"
import type FacilitiesModuleService from "../../../../modules/facilities/service"
import { notFound, staffOf, type PortalRequest } from "../context"
import { PRODUCT_FIELDS, toPortalProduct, type MakerCreditRow } from "../serializers"

/** The ids of the caller's facility's products. */
export async function facilityProductIds(req: PortalRequest): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "facility",
    fields: ["products.id"],
    filters: { id: staffOf(req).facility_id },
  })
  return ((data[0] as { products?: { id: string }[] } | undefined)?.products ?? []).map((p) => p.id)
}

async function creditsOf(req: PortalRequest, productIds: string[]) {
  const service: FacilitiesModuleService = req.scope.resolve(FACILITIES_MODULE)
  if (!productIds.length) return new Map<string, MakerCreditRow[]>()
  const credits = await service.listMakerCredits({ product_id: productIds }, { relations: ["participant"] })
  const byProduct = new Map<string, MakerCreditRow[]>()
  for (const c of credits) {
    const row = { participant_id: c.participant.id, weight: c.weight, participant: { display_name: c.participant.display_name } }
    byProduct.set(c.product_id, [...(byProduct.get(c.product_id) ?? []), row])
  }
  return byProduct
}

export async function loadPortalProducts(
  req: PortalRequest,
  filters: Record<string, unknown>,
  pagination?: { skip: number; take: number }
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: PRODUCT_FIELDS,
    filters,
    pagination: pagination ? { ...pagination, order: { created_at: "DESC" } } : undefined,
  })
  const credits = await creditsOf(req, data.map((p) => p.id))
  return {
    products: data.map((p) => toPortalProduct(p as never, credits.get(p.id) ?? [])),
    count: metadata?.count ?? data.length,
  }
}

/** One product of the caller's facility, or 404. */
export async function loadPortalProduct(req: PortalRequest, id: string) {
  const ids = await facilityProductIds(req)
  if (!ids.includes(id)) throw notFound("Product", id)
  const { products } = await loadPortalProducts(req, { id })
  if (!products[0]) throw notFound("Product", id)
  return products[0]
}
