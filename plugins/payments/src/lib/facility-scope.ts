import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OrderRow } from "./order-payment"

/** How much of an order is a facility's goods (by the facility ↔ product link of the facilities plugin): none (not
 * her order: 404), some (she sees it, the operator confirms its payment) or all. */
export async function facilityShareOf(container: MedusaContainer, order: Pick<OrderRow, "items">, facilityId: string): Promise<"none" | "some" | "all"> {
  const items = order.items ?? []
  const productIds = [...new Set(items.map((i) => i.product_id).filter((id): id is string => Boolean(id)))]
  if (!productIds.length) return "none"
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "facility.id"], filters: { id: productIds } })
  const facilityOf = new Map((data as { id: string; facility?: { id: string } | null }[]).map((p) => [p.id, p.facility?.id ?? null]))
  const ours = items.filter((i) => i.product_id && facilityOf.get(i.product_id) === facilityId).length
  return ours === 0 ? "none" : ours < items.length ? "some" : "all"
}
