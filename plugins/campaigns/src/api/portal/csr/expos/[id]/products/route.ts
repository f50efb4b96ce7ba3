import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { setExpoProductsWorkflow } from "../../../../../../workflows/expos"
import { loadExpoWithProducts, loadPrograms, productsOutside } from "../../../../../../lib/serializers"
import type { PortalSetExpoProducts } from "../../../../../validators"
import { ownExpo, type CsrRequest } from "../../../context"

/** Makes the expo's featured products exactly `product_ids` (products of the program's facilities); they are added to
 * (and removed from) the expo's sales channel too. */
export async function POST(req: CsrRequest<PortalSetExpoProducts>, res: MedusaResponse) {
  const expo = await ownExpo(req, req.params.id!)
  const { product_ids } = req.validatedBody as PortalSetExpoProducts
  const [program] = await loadPrograms(req.scope, { id: expo.program_id })
  const outside = await productsOutside(req.scope, product_ids, program?.facilities.map((f) => f.id) ?? [])
  if (outside.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `product_ids: not a product of the program's facilities: ${outside.join(", ")}`)
  }
  await setExpoProductsWorkflow(req.scope).run({
    input: { expo_id: expo.id, sales_channel_id: expo.sales_channel_id, product_ids },
  })
  res.json({ expo: await loadExpoWithProducts(req.scope, expo.id) })
}
