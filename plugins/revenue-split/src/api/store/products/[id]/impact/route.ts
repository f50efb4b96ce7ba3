import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { getProductMotifTerms } from "@karya/plugin-motif-ip/lib/product-motif-terms"
import { allocate } from "../../../../../lib/allocate"
import { rupiahOf } from "../../../../../lib/rupiah-of"
import { BPS_TOTAL, DEFAULT_TEMPLATE, makersShareBps } from "../../../../../lib/split"
import { REVENUE_SPLIT_MODULE } from "../../../../../modules/revenue-split"
import type RevenueSplitModuleService from "../../../../../modules/revenue-split/service"

type ProductRow = { id: string; status: string; facility?: { id: string } | null; variants?: { prices?: { amount: number; currency_code: string }[] }[] }

/** The share of a published product's price that goes to its makers, from the facility's template and the motifs'
 * royalties, and what that is of its lowest price in rupiah. */
export async function GET(req: MedusaRequest<unknown, { id: string }>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "status", "facility.id", "variants.prices.amount", "variants.prices.currency_code"],
    filters: { id: req.params.id },
  })
  const product = data[0] as ProductRow | undefined
  if (product?.status !== "published") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id ${req.params.id} was not found`)
  }
  const ledger: RevenueSplitModuleService = req.scope.resolve(REVENUE_SPLIT_MODULE)
  const template = product.facility ? await ledger.templateInForce(product.facility.id) : DEFAULT_TEMPLATE
  const royalties = await getProductMotifTerms(req.scope, product.id)
  const makersBps = makersShareBps(template, royalties)
  const prices = (product.variants ?? []).flatMap((v) => v.prices ?? []).filter((p) => p.currency_code === "idr").map((p) => rupiahOf(p.amount))
  const price = prices.length ? Math.min(...prices) : null
  res.json({
    impact: {
      product_id: product.id,
      template_version: template.version,
      premi_bps: template.premi_bps,
      royalty_bps: Math.min(BPS_TOTAL, royalties.reduce((s, r) => s + r.royalty_bps, 0)),
      makers_share_bps: makersBps,
      price,
      makers_amount: price === null ? null : allocate(price, [{ key: "makers", weight: makersBps }, { key: "rest", weight: BPS_TOTAL - makersBps }])[0],
    },
  })
}
