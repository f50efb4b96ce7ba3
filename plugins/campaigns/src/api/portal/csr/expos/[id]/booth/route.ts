import type { MedusaResponse } from "@medusajs/framework/http"
import { loadBoothCatalogue } from "../../../../../../lib/booth"
import { ownExpo, type CsrRequest } from "../../../context"

/** What the booth tablet sells: the expo's featured products with their variants' prices (whole rupiah) and the stock
 * available at the expo's location. */
export async function GET(req: CsrRequest, res: MedusaResponse) {
  const expo = await ownExpo(req, req.params.id!)
  const { products } = await loadBoothCatalogue(req.scope, expo)
  res.json({
    expo: {
      id: expo.id,
      handle: expo.handle,
      name: expo.name,
      venue: expo.venue,
      city: expo.city,
      starts_at: new Date(expo.starts_at).toISOString(),
      ends_at: new Date(expo.ends_at).toISOString(),
    },
    products,
  })
}
