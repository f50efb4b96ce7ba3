import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FACILITIES_MODULE } from "../../../../../modules/facilities"
import type FacilitiesModuleService from "../../../../../modules/facilities/service"
import { publicMakerLabel } from "../../../../../lib/maker-label"

/** For the product page widget in Medusa Admin: the product's facility and its makers with their shares. */
export async function GET(req: AuthenticatedMedusaRequest & { params: { id: string } }, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "facility.id", "facility.name", "facility.short_name", "facility.handle", "facility.city", "facility.province"],
    filters: { id: req.params.id },
  })
  const facility = (data[0] as { facility?: { short_name: string } } | undefined)?.facility ?? null
  const service: FacilitiesModuleService = req.scope.resolve(FACILITIES_MODULE)
  const credits = await service.listMakerCredits({ product_id: req.params.id }, { relations: ["participant"] })
  const makers = credits.map((c) => ({
    participant_id: c.participant.id,
    display_name: c.participant.display_name,
    public_label: publicMakerLabel(c.participant as never, facility?.short_name ?? ""),
    status: c.participant.status,
    weight: c.weight,
  }))
  res.json({ facility, makers })
}
