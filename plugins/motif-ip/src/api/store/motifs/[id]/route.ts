import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { loadStoreMotifs } from "../../../../lib/motif-credit"

/** A motif's record and credit line, and the published products that use it. */
export async function GET(req: MedusaRequest<unknown, { id: string }>, res: MedusaResponse) {
  const [motif] = await loadStoreMotifs(req.scope, { id: req.params.id, status: ["applied", "registered", "expired"] })
  if (!motif) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Motif with id ${req.params.id} was not found`)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "motif",
    fields: ["products.id", "products.title", "products.handle", "products.thumbnail", "products.status"],
    filters: { id: motif.id },
  })
  const products = ((data[0] as { products?: { id: string; title: string; handle: string; thumbnail: string | null; status: string }[] })?.products ?? [])
    .filter((p) => p.status === "published")
    .map(({ id, title, handle, thumbnail }) => ({ id, title, handle, thumbnail }))
  res.json({ motif: { ...motif, products } })
}
