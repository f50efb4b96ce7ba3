import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STORE_FACILITY_FIELDS, toStoreFacility, type FacilityRecord } from "../../../lib/maker-label"

/** Active facilities with the number of their published products. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "facility",
    fields: [...STORE_FACILITY_FIELDS, "products.id", "products.status"],
    filters: { is_active: true },
  })
  const facilities = data.map((f) => {
    const products = ((f as { products?: { status: string }[] }).products ?? []).filter((p) => p?.status === "published")
    return toStoreFacility(f as unknown as FacilityRecord, products.length)
  })
  facilities.sort((a, b) => a.name.localeCompare(b.name, "id"))
  res.json({ facilities, count: facilities.length })
}
