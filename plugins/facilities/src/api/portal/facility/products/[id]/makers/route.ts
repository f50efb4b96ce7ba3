import type { MedusaResponse } from "@medusajs/framework/http"
import { setMakerCreditsWorkflow } from "../../../../../../workflows/set-maker-credits"
import { staffOf, type PortalRequest } from "../../../context"
import type { PortalSetMakers } from "../../../validators"
import { loadPortalProduct } from "../../load"

export async function POST(req: PortalRequest<PortalSetMakers> & { params: { id: string } }, res: MedusaResponse) {
  const { makers } = req.validatedBody as PortalSetMakers
  const product = await loadPortalProduct(req, req.params.id)
  await setMakerCreditsWorkflow(req.scope).run({
    input: { product_id: product.id, facility_id: staffOf(req).facility_id, makers },
  })
  res.json({ makers: (await loadPortalProduct(req, product.id)).makers })
}
