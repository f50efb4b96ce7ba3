import type { MedusaResponse } from "@medusajs/framework/http"
import type { PortalRequest } from "../context"
import { loadParticipants } from "../participants/load"
import { facilityOrderIds } from "../orders/load"
import { facilityProductIds, loadPortalProducts } from "../products/load"

const LOW_STOCK = 5

export async function GET(req: PortalRequest, res: MedusaResponse) {
  const ids = await facilityProductIds(req)
  const { products } = ids.length ? await loadPortalProducts(req, { id: ids }) : { products: [] }
  const live = products.filter((p) => !p.archived)
  const low_stock = live.flatMap((p) =>
    p.variants
      .filter((v) => v.stock <= LOW_STOCK)
      .map((v) => ({ product_id: p.id, title: p.title, variant_title: v.title, stock: v.stock }))
  )
  const { count: participant_count } = await loadParticipants(req, { status: "active" }, { skip: 0, take: 1 }, false)
  const open = await facilityOrderIds(req, { openOnly: true })
  res.json({
    product_count: live.length,
    published_count: live.filter((p) => p.status === "published").length,
    low_stock,
    open_orders: open.length,
    participant_count,
  })
}
