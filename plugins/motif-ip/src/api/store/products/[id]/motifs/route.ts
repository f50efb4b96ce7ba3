import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { loadStoreMotifs } from "../../../../../lib/motif-credit"

/** The motifs a published product uses, each with its ready credit line. */
export async function GET(req: MedusaRequest<unknown, { id: string }>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "status", "motifs.id"], filters: { id: req.params.id } })
  const product = data[0] as { status: string; motifs?: { id: string }[] } | undefined
  if (product?.status !== "published") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id ${req.params.id} was not found`)
  }
  const ids = (product.motifs ?? []).map((m) => m.id)
  res.json({ motifs: ids.length ? await loadStoreMotifs(req.scope, { id: ids, status: ["applied", "registered", "expired"] }) : [] })
}
