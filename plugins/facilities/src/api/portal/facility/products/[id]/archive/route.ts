import type { MedusaResponse } from "@medusajs/framework/http"
import { ProductStatus } from "@medusajs/framework/utils"
import { updateFacilityProductWorkflow } from "../../../../../../workflows/update-facility-product"
import { storeDefaults, type PortalRequest } from "../../../context"
import { loadPortalProduct } from "../../load"

/** Takes a product off the store without deleting it: orders keep pointing at it and it can be published again. */
export async function POST(req: PortalRequest & { params: { id: string } }, res: MedusaResponse) {
  const current = await loadPortalProduct(req, req.params.id)
  const { location_id } = await storeDefaults(req)
  await updateFacilityProductWorkflow(req.scope).run({
    input: {
      product_id: current.id,
      location_id,
      variants: [],
      update: {
        status: ProductStatus.DRAFT,
        metadata: { title_en: current.title_en, description_en: current.description_en, archived_at: new Date().toISOString() },
      },
    },
  })
  res.json({ product: await loadPortalProduct(req, current.id) })
}
