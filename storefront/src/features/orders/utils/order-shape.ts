// Medusa's order and the lookup's answer, brought to the one shape the order pages show.
import type { HttpTypes } from "@medusajs/types"
import type { LookupOrder } from "../api/types"
import type { OrderAmounts, OrderLine } from "../components/order-lines"

const rupiah = (value: unknown): number => {
  const n = typeof value === "string" ? Number(value) : value
  return typeof n === "number" && Number.isFinite(n) ? Math.round(n) : 0
}

export function linesOfOrder(order: Pick<HttpTypes.StoreOrder, "items">): OrderLine[] {
  return (order.items ?? []).map((item) => ({
    id: item.id,
    title: item.product_title ?? item.title,
    variantTitle: item.variant_title ?? null,
    quantity: rupiah(item.quantity),
    total: rupiah(item.subtotal ?? rupiah(item.unit_price) * rupiah(item.quantity)),
    thumbnail: item.thumbnail ?? null,
  }))
}

export function amountsOfOrder(
  order: Pick<HttpTypes.StoreOrder, "item_subtotal" | "discount_total" | "shipping_total" | "total">
): OrderAmounts {
  return {
    subtotal: rupiah(order.item_subtotal),
    discount: Math.abs(rupiah(order.discount_total)),
    shipping: rupiah(order.shipping_total),
    total: rupiah(order.total),
  }
}

export function linesOfLookup(order: Pick<LookupOrder, "items" | "id">): OrderLine[] {
  return (order.items ?? []).map((item, index) => ({
    id: `${order.id}-${index}`,
    title: item.title,
    variantTitle: item.variant_title ?? null,
    quantity: rupiah(item.quantity),
    // before discounts, like Medusa's order lines: the lines add up to the subtotal, the discount shows below
    total: rupiah(item.unit_price) * rupiah(item.quantity),
    thumbnail: item.thumbnail ?? null,
  }))
}

export function amountsOfLookup(order: LookupOrder): OrderAmounts {
  return {
    subtotal: rupiah(order.item_subtotal),
    discount: Math.abs(rupiah(order.discount_total)),
    shipping: rupiah(order.shipping_total),
    total: rupiah(order.total),
  }
}
