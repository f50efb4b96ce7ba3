// The four figures a buyer checks before paying, as whole rupiah.
import type { HttpTypes } from "@medusajs/types"

export type CartTotals = {
  /** the items before any discount */
  subtotal: number
  /** what promo codes take off (a positive amount) */
  discount: number
  /** null until a shipping option is chosen */
  shipping: number | null
  tax: number
  total: number
}

type TotalsSource = Pick<
  HttpTypes.StoreCart,
  "item_subtotal" | "discount_total" | "shipping_total" | "tax_total" | "total"
> & { shipping_methods?: readonly unknown[] | null }

const amount = (value: unknown): number => {
  const n = typeof value === "string" ? Number(value) : value
  return typeof n === "number" && Number.isFinite(n) ? Math.round(n) : 0
}

export function cartTotals(cart: TotalsSource): CartTotals {
  const hasShipping = (cart.shipping_methods?.length ?? 0) > 0
  return {
    subtotal: amount(cart.item_subtotal),
    discount: Math.abs(amount(cart.discount_total)),
    shipping: hasShipping ? amount(cart.shipping_total) : null,
    tax: amount(cart.tax_total),
    total: amount(cart.total),
  }
}

/** How many pieces are in the cart (what the header shows). */
export function itemCount(
  cart: { items?: readonly { quantity: number }[] | null } | null | undefined
): number {
  return (cart?.items ?? []).reduce((sum, item) => sum + amount(item.quantity), 0)
}
