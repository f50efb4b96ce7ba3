import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound, staffOf, type PortalRequest } from "@karya/plugin-facilities/lib/portal-context"
import { loadStoreMotifs } from "../../../../../../lib/motif-credit"
import { setProductMotifsWorkflow } from "../../../../../../workflows/motifs"
import type { SetProductMotifs } from "../../../../../validators"

/** The motifs one of the facility's products uses (replaces the list), under the licence rule. */
export async function POST(req: PortalRequest<SetProductMotifs> & { params: { id: string } }, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "facility.id"], filters: { id: req.params.id } })
  if ((data[0] as { facility?: { id: string } } | undefined)?.facility?.id !== staffOf(req).facility_id) {
    throw notFound("Product", req.params.id)
  }
  const { motif_ids } = req.validatedBody as SetProductMotifs
  await setProductMotifsWorkflow(req.scope).run({ input: { product_id: req.params.id, motif_ids } })
  res.json({ motifs: motif_ids.length ? await loadStoreMotifs(req.scope, { id: motif_ids }) : [] })
}
