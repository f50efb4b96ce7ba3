// Medusa 2.21's store product list narrows to the key's sales channel by loading the id of every product in the
// channel and then querying `id IN (…)`: with 10,000 products `GET /store/products?handle=…` (the storefront's product
// page) took seconds on a cache miss (tests/bench/http). Given one handle, we add the id of the product that has it:
// Medusa then asks the channel link about that one product. The answer is the same (handle and id both filter).
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

/** Matches no product: a handle nobody has finds nothing, as it would have through the handle alone. */
const NO_PRODUCT = "prod_no_such_handle"

export async function productIdFromHandle(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.query as Record<string, unknown>
  if (req.path !== "/store/products" || typeof query.handle !== "string" || !query.handle || "id" in query) return next()
  try {
    const products = req.scope.resolve(Modules.PRODUCT)
    const [product] = await products.listProducts({ handle: query.handle }, { select: ["id"], take: 1 })
    query.id = product?.id ?? NO_PRODUCT
  } catch {
    // left to Medusa's own (slower) way
  }
  next()
}
